using System;
using System.Text.Json.Serialization;

namespace Shop.Models  // @def namespace Shop.Models
{
    /// <summary>Something that can say hello.</summary>
    public interface IGreeter  // @def interface Shop.Models.IGreeter
    {
        string Greet();  // @def method Shop.Models.IGreeter.Greet
    }

    public enum Role  // @def enum Shop.Models.Role
    {
        Customer,  // @def enum_member Shop.Models.Role.Customer
        Staff = 2,  // @def enum_member Shop.Models.Role.Staff
    }

    public class Entity  // @def class Shop.Models.Entity
    {
        public int Id { get; set; }  // @def property Shop.Models.Entity.Id

        public virtual string Describe()  // @def method Shop.Models.Entity.Describe
        {
            return "entity " + Id;
        }
    }

    [Serializable]
    public class User : Entity, IGreeter  // @def class Shop.Models.User @extends Shop.Models.Entity @implements Shop.Models.IGreeter
    {
        [JsonPropertyName("name")]
        public string Name { get; }  // @def property Shop.Models.User.Name
        private Role role;  // @def property Shop.Models.User.role

        public User(string name, Role role)  // @def constructor Shop.Models.User.User
        {
            Name = name;
            this.role = role;
        }

        public string Greet() => "Hello, " + Label();  // @def method Shop.Models.User.Greet @calls Shop.Models.User.Label

        private string Label() => Describe() + " " + Name;  // @def method Shop.Models.User.Label @calls Shop.Models.Entity.Describe

        public static User Guest() => new User("guest", Role.Customer);  // @def method Shop.Models.User.Guest @instantiates Shop.Models.User
    }

    public sealed class Admin : User  // @def class Shop.Models.Admin @extends Shop.Models.User
    {
        public Admin(string name) : base(name, Role.Staff) { }  // @def constructor Shop.Models.Admin.Admin

        public override string Describe() => "admin " + this.Greet();  // @def method Shop.Models.Admin.Describe @calls Shop.Models.User.Greet
    }
}
