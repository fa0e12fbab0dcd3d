"""Same-named methods in two classes, disambiguated by receiver typing."""


class Animal:  # @def class Animal
    """Something with a name."""

    def __init__(self, name):  # @def constructor Animal.__init__
        self.name = name

    def introduce(self):  # @def method Animal.introduce
        return "I am " + self.name


class Cat(Animal):  # @def class Cat @extends Animal
    def __init__(self, name, indoor=True):  # @def constructor Cat.__init__
        Animal.__init__(self, name)  # @calls Animal.__init__
        self.indoor = indoor

    def speak(self):  # @def method Cat.speak
        return "meow"

    def greet(self):  # @def method Cat.greet
        return self.introduce() + ", " + self.speak()  # @calls Animal.introduce @calls Cat.speak


class Dog(Animal):  # @def class Dog @extends Animal
    def __init__(self, name):  # @def constructor Dog.__init__
        super().__init__(name)  # @calls Animal.__init__

    def speak(self):  # @def method Dog.speak
        return "woof"

    def introduce(self):  # @def method Dog.introduce
        return super().introduce() + "!"  # @calls Animal.introduce


class Owner:  # @def class Owner
    def __init__(self):  # @def constructor Owner.__init__
        self.pet = Cat("tom")  # @instantiates Cat

    def play(self):  # @def method Owner.play
        return self.pet.speak()  # @calls Cat.speak


def talk_to(d: Dog):  # @def function talk_to @references Dog
    return d.speak()  # @calls Dog.speak


def adopt():  # @def function adopt
    c = Cat("felix")  # @instantiates Cat
    return c.speak()  # @calls Cat.speak


def chorus(animals):  # @def function chorus
    return [animal.speak() for animal in animals]  # @unresolved speak
