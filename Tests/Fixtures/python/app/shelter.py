"""Receivers typed by declared return types, including properties and string annotations."""

from .pets import Cat, Dog  # @imports Cat @imports Dog


def make_cat() -> Cat:  # @def function make_cat @references Cat
    return Cat("tom")  # @instantiates Cat


class Shelter:  # @def class Shelter
    @property
    def resident(self) -> "Dog":  # @def method Shelter.resident
        return Dog("rex")  # @instantiates Dog

    def adopt(self) -> Cat:  # @def method Shelter.adopt @references Cat
        return make_cat()  # @calls make_cat

    def run(self):  # @def method Shelter.run
        cat = self.adopt()  # @calls Shelter.adopt
        cat.greet()  # @calls Cat.greet
        self.resident.speak()  # @calls Dog.speak
        other = make_cat()  # @calls make_cat
        other.speak()  # @calls Cat.speak


class QuietShelter(Shelter):  # @def class QuietShelter @extends Shelter
    def run(self):  # @def method QuietShelter.run
        super(QuietShelter, self).run()  # @calls Shelter.run
        make_cat().speak()  # @calls make_cat @calls Cat.speak
        Shelter().adopt().greet()  # @instantiates Shelter @calls Shelter.adopt @calls Cat.greet
