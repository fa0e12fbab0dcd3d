package com.acme.web

import org.springframework.web.bind.annotation.*

@RestController
@RequestMapping("/api/users")
class UserController { // @def class UserController
    @GetMapping("/{id}") // @route GET /api/users/{id} UserController.getUser
    fun getUser(@PathVariable id: Long): String = "user" // @def method UserController.getUser

    @GetMapping // @route GET /api/users UserController.listUsers
    fun listUsers(): String = "users" // @def method UserController.listUsers

    @PostMapping(path = ["/"]) // @route POST /api/users UserController.createUser
    fun createUser(@RequestBody body: String): String = "created" // @def method UserController.createUser

    @PutMapping(value = ["/{id}"]) // @route PUT /api/users/{id} UserController.replaceUser
    fun replaceUser(@PathVariable id: Long): String = "replaced" // @def method UserController.replaceUser

    @DeleteMapping("/{id}") // @route DELETE /api/users/{id} UserController.deleteUser
    fun deleteUser(@PathVariable id: Long) {} // @def method UserController.deleteUser

    @PatchMapping("/{id}") // @route PATCH /api/users/{id} UserController.patchUser
    fun patchUser(@PathVariable id: Long): String = "patched" // @def method UserController.patchUser

    @RequestMapping(value = ["/search"], method = [RequestMethod.GET]) // @route GET /api/users/search UserController.search
    fun search(@RequestParam q: String): String = q // @def method UserController.search

    @RequestMapping("/ping") // @route ANY /api/users/ping UserController.ping
    fun ping(): String = "pong" // @def method UserController.ping
}
