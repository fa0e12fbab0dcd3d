import '../models/pet.dart';
import 'repo.dart' as store; // @imports lib/src/services/repo.dart

const int maxAdoptionsPerDay = 3; // @def constant maxAdoptionsPerDay

/// Matches pets with new owners.
class AdoptionService { // @def class AdoptionService
  final PetRepository repository; // @def property AdoptionService.repository
  int _today = 0; // @def property AdoptionService._today

  AdoptionService(this.repository); // @def constructor AdoptionService.AdoptionService

  AdoptionService.inMemory() : repository = store.PetRepository(); // @def constructor AdoptionService.inMemory @instantiates PetRepository

  void admit(Pet pet) { // @def method AdoptionService.admit
    repository.register(pet); // @calls PetRepository.register
    print(pet.describe()); // @calls Pet.describe
  }

  bool adopt(String name) { // @def method AdoptionService.adopt
    final Pet? pet = repository.findByName(name); // @calls PetRepository.findByName
    if (pet == null || _today >= maxAdoptionsPerDay) return false;
    _today++;
    return true;
  }

  List<Pet> ready() => repository.matching((p) => p is Adoptable && p.vaccinated); // @def method AdoptionService.ready @calls PetRepository.matching
}
