using System;
using System.Collections.Generic;
using Shop.Models;
using Customer = Shop.Models.User;  // @imports Shop.Models.User

namespace Shop.Services;

public interface IUserRepository  // @def interface IUserRepository
{
    void Save(User user);  // @def method IUserRepository.Save @references Shop.Models.User
    User? Find(string name);  // @def method IUserRepository.Find
}

public class MemoryUserRepository : IUserRepository  // @def class MemoryUserRepository @implements IUserRepository
{
    private readonly Dictionary<string, User> users = new();  // @def property MemoryUserRepository.users

    public void Save(User user)  // @def method MemoryUserRepository.Save
    {
        users[user.Name] = user;
    }

    public User? Find(string name) => users.TryGetValue(name, out var user) ? user : null;  // @def method MemoryUserRepository.Find
}

public class UserService  // @def class UserService
{
    private readonly IUserRepository repository;  // @def property UserService.repository

    [Inject]
    public AuditLog Log { get; set; } = new AuditLog();  // @def property UserService.Log @instantiates AuditLog

    public UserService(IUserRepository repository)  // @def constructor UserService.UserService @references IUserRepository
    {
        this.repository = repository;
    }

    public User Register(string name)  // @def method UserService.Register
    {
        var user = new Customer(name, Role.Customer);  // @instantiates Shop.Models.User
        this.repository.Save(user);  // @calls IUserRepository.Save
        Log.Write(user.Greet());  // @calls AuditLog.Write @calls Shop.Models.User.Greet
        Audit(user);  // @calls UserService.Audit
        return user;
    }

    public void SaveAll(List<User> users)  // @def method UserService.SaveAll
    {
        users.ForEach(u => repository.Save(u));  // @calls IUserRepository.Save
    }

    private void Audit(User user)  // @def method UserService.Audit
    {
        Console.WriteLine(user.Describe());  // @calls Shop.Models.Entity.Describe
    }

    public static UserService CreateDefault()  // @def method UserService.CreateDefault
    {
        return new UserService(new MemoryUserRepository());  // @instantiates UserService @instantiates MemoryUserRepository
    }
}
