package com.acme.web;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/users")
public class UserController { // @def class UserController
    @GetMapping("/{id}") // @route GET /api/users/{id} UserController.getUser
    public String getUser(@PathVariable long id) { // @def method UserController.getUser
        return "user";
    }

    @GetMapping // @route GET /api/users UserController.listUsers
    public String listUsers() { // @def method UserController.listUsers
        return "users";
    }

    @PostMapping(path = "/") // @route POST /api/users UserController.createUser
    public String createUser(@RequestBody String body) { // @def method UserController.createUser
        return "created";
    }

    @PutMapping(value = "/{id}") // @route PUT /api/users/{id} UserController.replaceUser
    public String replaceUser(@PathVariable long id) { // @def method UserController.replaceUser
        return "replaced";
    }

    @DeleteMapping("/{id}") // @route DELETE /api/users/{id} UserController.deleteUser
    public void deleteUser(@PathVariable long id) { // @def method UserController.deleteUser
    }

    @PatchMapping({"/{id}"}) // @route PATCH /api/users/{id} UserController.patchUser
    public String patchUser(@PathVariable long id) { // @def method UserController.patchUser
        return "patched";
    }

    @RequestMapping(value = "/search", method = RequestMethod.GET) // @route GET /api/users/search UserController.search
    public String search(@RequestParam String q) { // @def method UserController.search
        return q;
    }

    @RequestMapping("/ping") // @route ANY /api/users/ping UserController.ping
    public String ping() { // @def method UserController.ping
        return "pong";
    }
}
