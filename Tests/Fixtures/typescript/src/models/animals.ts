/** Something that can make a sound. */
export interface Speaker { // @def interface Speaker
  /** The sound it makes. */
  speak(): string; // @def method Speaker.speak
  readonly name: string; // @def property Speaker.name
}

/** Class decorator: freezes the constructor. */
export function sealed(target: Function): void { // @def function sealed
  Object.seal(target);
}

/** Method decorator factory. */
export function logged(label: string) { // @def function logged
  return (target: object, key: string): void => {
    console.log(label, key);
  };
}

/** Base of every animal. */
@sealed // @calls sealed
export abstract class Animal implements Speaker { // @def class Animal @implements Speaker
  constructor(public readonly name: string) {} // @def constructor Animal.constructor

  abstract speak(): string; // @def method Animal.speak

  describe(): string { // @def method Animal.describe
    return `${this.name} says ${this.speak()}`; // @calls Animal.speak
  }
}

export class Cat extends Animal { // @def class Cat @extends Animal
  lives: number = 9; // @def property Cat.lives

  constructor(name: string) { // @def constructor Cat.constructor
    super(name); // @calls Animal.constructor
  }

  speak(): string { // @def method Cat.speak
    return 'meow';
  }

  @logged('purr') // @calls logged
  purr(): string { // @def method Cat.purr
    return super.describe() + ' (purring)'; // @calls Animal.describe
  }
}

export class Dog extends Animal { // @def class Dog @extends Animal
  speak(): string { // @def method Dog.speak
    return 'woof';
  }

  retrieve = (item: string): string => `${this.name} brings the ${item}`; // @def method Dog.retrieve

  get loud(): string { // @def method Dog.loud
    return this.speak().toUpperCase(); // @calls Dog.speak
  }
}
