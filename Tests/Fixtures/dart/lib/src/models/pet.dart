/// Pets, what they can do, and how they are adopted.

enum Species { dog, cat } // @def enum Species @def enum_member Species.dog @def enum_member Species.cat

/// Anything that can leave the shelter.
abstract interface class Adoptable { // @def class Adoptable
  bool get vaccinated; // @def method Adoptable.vaccinated
}

/// Anything with a name and a voice.
abstract class Pet { // @def class Pet
  final String name; // @def property Pet.name
  final Species species; // @def property Pet.species

  Pet(this.name, this.species); // @def constructor Pet.Pet

  String sound(); // @def method Pet.sound

  String describe() => '$name says ${sound()}'; // @def method Pet.describe @calls Pet.sound
}

mixin Trained on Pet { // @def class Trained @extends Pet
  final List<String> tricks = []; // @def property Trained.tricks

  void learn(String trick) => tricks.add(trick); // @def method Trained.learn

  String perform() => '$name performs ${tricks.length} tricks'; // @def method Trained.perform
}

class Dog extends Pet with Trained implements Adoptable { // @def class Dog @extends Pet @extends Trained @implements Adoptable
  @override
  final bool vaccinated; // @def property Dog.vaccinated

  Dog(String name, {this.vaccinated = true}) : super(name, Species.dog); // @def constructor Dog.Dog

  Dog.puppy(String name) : this(name, vaccinated: false); // @def constructor Dog.puppy

  factory Dog.fromJson(Map<String, Object?> json) => Dog.puppy(json['name'] as String); // @def constructor Dog.fromJson @calls Dog.puppy

  @override
  String sound() => 'woof'; // @def method Dog.sound

  String showOff() { // @def method Dog.showOff
    learn('sit'); // @calls Trained.learn
    return perform() + describe(); // @calls Trained.perform @calls Pet.describe
  }
}

class Cat extends Pet implements Adoptable { // @def class Cat @extends Pet @implements Adoptable
  Cat(String name) : super(name, Species.cat); // @def constructor Cat.Cat

  @override
  bool get vaccinated => false; // @def method Cat.vaccinated

  @override
  String sound() => 'meow'; // @def method Cat.sound
}

/// Members added to every Pet.
extension PetLabels on Pet {
  String get label => '${species.name}: $name'; // @def method Pet.label
}
