package com.acme.service;

import com.acme.model.User; // @imports User
import java.util.HashMap;
import java.util.Map;

public class UserRepository { // @def class UserRepository
    private final Map<String, User> users = new HashMap<>(); // @def property UserRepository.users

    public void save(User user) { // @def method UserRepository.save @references User
        users.put(user.displayName(), user); // @calls User.displayName
    }

    public User find(String name) { // @def method UserRepository.find
        return users.get(name);
    }

    public int count() { // @def method UserRepository.count
        return users.size();
    }
}
