/// Public API of the shelter package.
library shelter;

export 'src/models/pet.dart';
export 'src/services/repo.dart';
export 'src/services/adoption.dart' show AdoptionService; // @imports AdoptionService
