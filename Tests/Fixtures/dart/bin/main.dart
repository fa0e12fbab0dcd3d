import 'dart:io';

import 'package:shelter/shelter.dart';

void main(List<String> args) { // @def function main
  final service = AdoptionService.inMemory(); // @calls AdoptionService.inMemory
  final rex = Dog('rex'); // @instantiates Dog
  final bit = Dog.fromJson({'name': 'bit'}); // @calls Dog.fromJson
  service.admit(rex); // @calls AdoptionService.admit
  service.admit(Cat('tom')); // @calls AdoptionService.admit @instantiates Cat
  print(rex.showOff() + bit.label); // @calls Dog.showOff
  for (final pet in service.ready()) { // @calls AdoptionService.ready
    stdout.writeln(pet.sound()); // @unresolved sound
  }
  report(service); // @calls report
}

void report(AdoptionService service) { // @def function report
  final repo = service.repository;
  stdout.writeln('${repo.count} pets, adopted: ${service.adopt('rex')}'); // @calls AdoptionService.adopt
}
