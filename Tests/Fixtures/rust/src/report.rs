use crate::model::{Category, Item}; // @imports Category @imports Item
use crate::store::memory::MemoryStore as Memory; // @imports MemoryStore
use crate::store::*; // @imports src/store/mod.rs
use super::util; // @imports util

/// Fills a store with a few items.
pub fn stock() -> Memory { // @def function stock @references MemoryStore
    let mut shelf = Memory::new(); // @calls MemoryStore.new
    let apple = Item::new("apple", 3); // @calls Item.new
    let pear: Item = apple.discounted(10); // @calls Item.discounted @references Item
    shelf.save(apple).ok(); // @calls MemoryStore.save
    shelf.save(pear).ok(); // @calls MemoryStore.save
    shelf
}

/// Describes any store.
pub fn summary(store: &dyn Store) -> String { // @def function summary @references Store
    if store.is_empty() { // @calls Store.is_empty
        return util::slug("Empty Store"); // @calls util.slug
    }
    let found = store.find("apple").map(|item| item.label()); // @calls Store.find @calls Item.label
    format!("{} items, apple: {:?}", store.count(), found)
}

pub fn loud(item: &Item) -> String { // @def function loud @references Item
    let kind = match item.category {
        Category::Fruit => "fruit", // @references Category.Fruit
        _ => "other",
    };
    crate::shout!(kind) // @blindspot macro
}

#[cfg(test)]
mod tests { // @def module tests
    use super::*;

    #[test]
    fn stocks_two_items() { // @def function tests.stocks_two_items
        let shelf = stock(); // @calls stock
        assert_eq!(shelf.count(), 2); // calls inside macro arguments are not seen (NOTES.md)
        assert!(!summary(&shelf).is_empty());
    }
}
