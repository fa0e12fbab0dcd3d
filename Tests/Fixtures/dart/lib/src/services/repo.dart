import '../models/pet.dart';

/// A predicate over pets.
typedef PetFilter = bool Function(Pet pet); // @def type PetFilter

/// In-memory storage of pets, by name.
class PetRepository { // @def class PetRepository
  final Map<String, Pet> _byName = {}; // @def property PetRepository._byName

  void register(Pet pet) { // @def method PetRepository.register
    _byName[pet.name] = pet;
  }

  Pet? findByName(String name) => _byName[name]; // @def method PetRepository.findByName

  List<Pet> matching(PetFilter filter) => _byName.values.where(filter).toList(); // @def method PetRepository.matching

  int get count => _byName.length; // @def method PetRepository.count
}
