namespace Shop.Models;

public record Product(string Name, decimal Price);  // @def class Product @def property Product.Name @def property Product.Price

public struct Money  // @def class Money
{
    public decimal Amount { get; }  // @def property Money.Amount

    public Money(decimal amount) { Amount = amount; }  // @def constructor Money.Money

    public Money Add(Money other) => new Money(Amount + other.Amount);  // @def method Money.Add @instantiates Money
}

public partial class Inventory  // @def class Inventory
{
    private readonly List<Product> items = new();  // @def property Inventory.items

    public void Add(Product product)  // @def method Inventory.Add
    {
        items.Add(product);
    }

    public Money Total()  // @def method Inventory.Total
    {
        Money sum = new Money(0m);  // @instantiates Money
        foreach (var item in items)
        {
            sum = sum.Add(new Money(item.Price));  // @calls Money.Add @instantiates Money
        }
        return sum;
    }
}
