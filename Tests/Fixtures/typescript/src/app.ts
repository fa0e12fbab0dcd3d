import 'reflect-metadata';
import Greeter from './services/greeter'; // @imports Greeter
import { UserRepo, MemoryRepo } from './services/repo'; // @imports UserRepo @imports MemoryRepo
import type { Speaker } from './models/animals.js'; // @imports Speaker
import { Cat, Dog } from './models/animals.js'; // @imports Cat @imports Dog
import * as math from './lib/math'; // @imports src/lib/math.ts
import { cap, formatName, Geometry, text } from './lib'; // @imports capitalize @imports formatName @imports Geometry @imports src/lib/format.ts
import { joinNames as join } from '@lib/format'; // @imports joinNames

/** Asks any speaker to speak. */
export function introduce(speaker: Speaker): string { // @def function introduce @references Speaker
  return speaker.speak(); // @calls Speaker.speak
}

export function shout(animal: any): string { // @def function shout
  return animal.speak(); // @unresolved speak
}

export const greeter = new Greeter(new UserRepo(), { punctuation: '!' }); // @def constant greeter @instantiates Greeter @instantiates UserRepo

export function main(): void { // @def function main
  const cat = new Cat('Tom'); // @instantiates Cat
  const dog = new Dog('Rex'); // @instantiates Dog
  cat.speak(); // @calls Cat.speak
  dog.speak(); // @calls Dog.speak
  cat.purr(); // @calls Cat.purr
  dog.retrieve('ball'); // @calls Dog.retrieve
  console.log(dog.loud, introduce(cat)); // @calls introduce
  shout(dog); // @calls shout

  greeter.greet(1); // @calls Greeter.greet
  greeter.greetAll([1, 2]); // @calls Greeter.greetAll

  const store: MemoryRepo<{ id: number }> = new MemoryRepo(); // @references MemoryRepo @instantiates MemoryRepo
  store.save({ id: 1 }); // @calls MemoryRepo.save

  const total = math.add(1, 2); // @calls add
  math.apply(math.Operation.Multiply, total, 3); // @calls apply
  for (const i of math.range(3)) { // @calls range
    console.log(Geometry.area(i)); // @calls Geometry.area
  }

  console.log(formatName('ada', 'lovelace')); // @calls formatName
  console.log(cap('grace')); // @calls capitalize
  console.log(text.lowerAll(['A', 'B'])); // @calls lowerAll
  console.log(join(['x', 'y'])); // @calls joinNames
  console.log(['a', 'b'].map(cap)); // @references capitalize
}

main(); // @calls main
