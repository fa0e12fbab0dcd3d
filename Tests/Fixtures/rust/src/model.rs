use std::fmt;

use crate::util; // @imports util

/// One product line.
#[derive(Debug, Clone, PartialEq)]
pub struct Item { // @def class Item
    pub sku: String, // @def property Item.sku
    pub price: u32, // @def property Item.price
    pub category: Category, // @def property Item.category @references Category
}

/// What kind of product an item is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Category { // @def enum Category
    Fruit, // @def enum_member Category.Fruit
    Vegetable, // @def enum_member Category.Vegetable
    Other(u8), // @def enum_member Category.Other
}

impl Item {
    /// Makes an item.
    pub fn new(sku: &str, price: u32) -> Self { // @def method Item.new
        Item { sku: sku.to_string(), price, category: Category::Fruit } // @instantiates Item
    }

    pub fn label(&self) -> String { // @def method Item.label
        util::slug(&self.sku) // @calls util.slug
    }

    pub fn discounted(&self, percent: u32) -> Item { // @def method Item.discounted @references Item
        let mut copy = self.clone();
        copy.price = self.price * (100 - percent) / 100;
        copy
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { // @def method Item.fmt
        let text = self.label(); // @calls Item.label
        write!(f, "{} ({})", text, self.price)
    }
}
