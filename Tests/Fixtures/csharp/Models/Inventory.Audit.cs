namespace Shop.Models;

// The other half of the partial class: a second `Inventory` definition.
public partial class Inventory  // @def class Inventory
{
    public int Count { get; private set; }  // @def property Inventory.Count

    public bool IsEmpty() => Count == 0;  // @def method Inventory.IsEmpty
}
