import { formatName as fmt } from '@lib/format'; // @imports formatName
import type { Repository, User } from './repo'; // @imports Repository @imports User
import { UserRepo } from './repo'; // @imports UserRepo

export interface GreeterOptions { // @def interface GreeterOptions
  punctuation: string; // @def property GreeterOptions.punctuation
}

/** Greets users found in a repository. */
export default class Greeter { // @def class Greeter
  static instances = 0; // @def property Greeter.instances
  private backup: UserRepo; // @def property Greeter.backup @references UserRepo
  #greeted = 0; // @def property Greeter.#greeted

  constructor(private repo: Repository<User>, private options: GreeterOptions) { // @def constructor Greeter.constructor @references Repository @references User @references GreeterOptions
    this.backup = new UserRepo(); // @instantiates UserRepo
    Greeter.instances += 1;
  }

  greet(id: number): string { // @def method Greeter.greet
    const user = this.lookup(id); // @calls Greeter.lookup
    if (user === undefined) {
      return this.#fallback(id); // @calls Greeter.#fallback
    }
    this.#greeted += 1;
    return fmt(user.name) + this.options.punctuation; // @calls formatName
  }

  lookup(id: number): User | undefined { // @def method Greeter.lookup @references User
    const found = this.repo.find(id); // @calls Repository.find
    if (found !== undefined) {
      return found;
    }
    return this.backup.find(id); // @calls MemoryRepo.find
  }

  get greetedCount(): number { // @def method Greeter.greetedCount
    return this.#greeted;
  }

  greetAll = (ids: number[]): string[] => ids.map((id) => this.greet(id)); // @def method Greeter.greetAll @calls Greeter.greet

  #fallback(id: number): string { // @def method Greeter.#fallback
    return `Hello, guest #${id}`;
  }
}
