use std::collections::HashMap;

use super::{Store, StoreError}; // @imports Store @imports StoreError
use crate::model::Item; // @imports Item

pub const CAPACITY: usize = 8; // @def constant CAPACITY

#[derive(Default)]
pub struct MemoryStore { // @def class MemoryStore
    items: HashMap<String, Item>, // @def property MemoryStore.items @references Item
}

impl MemoryStore {
    pub fn new() -> Self { // @def method MemoryStore.new
        MemoryStore { items: HashMap::new() } // @instantiates MemoryStore
    }
}

impl Store for MemoryStore { // @implements Store
    fn save(&mut self, item: Item) -> Result<(), StoreError> { // @def method MemoryStore.save @references Item
        if self.count() >= CAPACITY { // @calls MemoryStore.count @references CAPACITY
            return Err(StoreError::Full); // @references StoreError.Full
        }
        self.items.insert(item.sku.clone(), item);
        Ok(())
    }

    fn find(&self, sku: &str) -> Option<&Item> { // @def method MemoryStore.find
        self.items.get(sku)
    }

    fn count(&self) -> usize { // @def method MemoryStore.count
        self.items.len()
    }
}
