using System;
using Shop.Models;
using Shop.Services;

namespace Shop  // @def namespace Shop
{
    public static class Program  // @def class Shop.Program
    {
        public static void Main(string[] args)  // @def method Shop.Program.Main
        {
            var service = UserService.CreateDefault();  // @calls UserService.CreateDefault
            User ada = service.Register("ada");  // @calls UserService.Register
            Console.WriteLine(ada.Greet());  // @calls Shop.Models.User.Greet
            var admin = new Admin("root");  // @instantiates Shop.Models.Admin
            Console.WriteLine(admin.Describe());  // @calls Shop.Models.Admin.Describe
            IGreeter guest = User.Guest();  // @calls Shop.Models.User.Guest
            Console.WriteLine(guest.Greet());  // @calls Shop.Models.IGreeter.Greet
            AuditLog.Flush(service.Log);  // @calls AuditLog.Flush
            Console.WriteLine(Total(new Money(2m)).Amount);  // @calls Shop.Program.Total @instantiates Money
        }

        private static Money Total(Money start) => start.Add(new Money(1m));  // @def method Shop.Program.Total @calls Money.Add @instantiates Money
    }
}
