export interface Entity { // @def interface Entity
  id: number; // @def property Entity.id
}

export interface User extends Entity { // @def interface User @extends Entity
  name: string; // @def property User.name
}

export interface Repository<T extends Entity> { // @def interface Repository @references Entity
  find(id: number): T | undefined; // @def method Repository.find
  save(item: T): void; // @def method Repository.save
}

export type UserMap = Map<number, User>; // @def type UserMap @references User

export class MemoryRepo<T extends Entity> implements Repository<T> { // @def class MemoryRepo @implements Repository
  protected items = new Map<number, T>(); // @def property MemoryRepo.items

  find(id: number): T | undefined { // @def method MemoryRepo.find
    return this.items.get(id);
  }

  save(item: T): void { // @def method MemoryRepo.save
    this.items.set(item.id, item);
  }

  all(): T[] { // @def method MemoryRepo.all
    return Array.from(this.items.values());
  }
}

export class UserRepo extends MemoryRepo<User> { // @def class UserRepo @extends MemoryRepo @references User
  seed(): void { // @def method UserRepo.seed
    this.save({ id: 0, name: 'guest' }); // @calls MemoryRepo.save
  }

  named(name: string): User[] { // @def method UserRepo.named
    return this.all().filter((u) => u.name === name); // @calls MemoryRepo.all
  }
}
