pub mod memory; // @def module memory

use crate::model::Item; // @imports Item

/// Storage backends.
pub trait Store { // @def interface Store
    fn save(&mut self, item: Item) -> Result<(), StoreError>; // @def method Store.save @references Item @references StoreError
    fn find(&self, sku: &str) -> Option<&Item>; // @def method Store.find @references Item
    fn count(&self) -> usize; // @def method Store.count

    /// A provided (default) method.
    fn is_empty(&self) -> bool { // @def method Store.is_empty
        self.count() == 0 // @calls Store.count
    }
}

#[derive(Debug)]
pub enum StoreError { // @def enum StoreError
    Full, // @def enum_member StoreError.Full
}
