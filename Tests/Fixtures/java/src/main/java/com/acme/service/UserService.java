package com.acme.service;

import com.acme.model.*;
import com.acme.util.Slugs; // @imports Slugs
import java.lang.reflect.Method;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;

@Service public class UserService { // @def class UserService
    @Autowired private UserRepository repo; // @def property UserService.repo @references UserRepository

    public User register(long id, String name) { // @def method UserService.register
        User user = new User(id, Slugs.slugify(name)); // @instantiates User @calls Slugs.slugify
        this.repo.save(user); // @calls UserRepository.save
        user.addAddress("Berlin").label(); // @calls User.addAddress @calls User.Address.label
        audit(user); // @calls UserService.audit
        return user;
    }

    @GetMapping("/users/{name}") public String show(String name) { // @def method UserService.show
        User found = this.repo.find(name); // @calls UserRepository.find
        return found.greeting(); // @calls Named.greeting
    }

    protected void audit(Entity entity) { // @def method UserService.audit @references Entity
        System.out.println(entity.describe()); // @calls Entity.describe
    }

    public Object reflect(String method) throws Exception { // @def method UserService.reflect
        Class<?> type = Class.forName("com.acme.model.User"); // @blindspot reflection
        Method target = type.getMethod(method);
        return target.invoke(null); // @blindspot reflection
    }
}
