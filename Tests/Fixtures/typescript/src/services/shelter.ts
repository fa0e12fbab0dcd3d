// Receivers typed by declared return types (functions, getters, async methods) and locals that
// stay inside the callback that declares them.
import { Cat, Dog } from '../models/animals'; // @imports Cat @imports Dog
import { UserRepo } from './repo'; // @imports UserRepo

export function makeCat(): Cat { // @def function makeCat @references Cat
  return new Cat('tom'); // @instantiates Cat
}

export class Shelter { // @def class Shelter
  get resident(): Dog { // @def method Shelter.resident @references Dog
    return new Dog('rex'); // @instantiates Dog
  }

  async load(): Promise<UserRepo> { // @def method Shelter.load @references UserRepo
    return new UserRepo(); // @instantiates UserRepo
  }

  async run(): Promise<void> { // @def method Shelter.run
    const cat = makeCat(); // @calls makeCat
    cat.speak(); // @calls Cat.speak
    this.resident.speak(); // @calls Dog.speak
    const repo = await this.load(); // @calls Shelter.load
    repo.seed(); // @calls UserRepo.seed
  }
}

export function withCallbacks(each: (f: () => void) => void): void { // @def function withCallbacks
  each(() => {
    const pet = new Cat('a'); // @instantiates Cat
    pet.speak(); // @calls Cat.speak
  });
  each(() => {
    const pet = new Dog('b'); // @instantiates Dog
    pet.speak(); // @calls Dog.speak
  });
}

export function isCat(value: unknown): boolean { // @def function isCat
  return value instanceof Cat; // @references Cat
}

export function chained(): void { // @def function chained
  new Shelter().resident.speak(); // @instantiates Shelter @calls Dog.speak
  makeCat().speak(); // @calls makeCat @calls Cat.speak
}
