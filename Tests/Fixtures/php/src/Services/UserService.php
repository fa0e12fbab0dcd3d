<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Admin as Boss;  // @imports Admin
use App\Models\User;  // @imports User
use function App\Support\guest;  // @imports guest

class UserService  // @def class UserService
{
    private UserRepository $repo;  // @def property UserService.repo

    public function __construct()  // @def constructor UserService.__construct
    {
        $this->repo = new UserRepository();  // @instantiates UserRepository
    }

    public function register(string $name): User  // @def method UserService.register
    {
        $user = User::create($name);  // @calls User.create
        $this->repo->add($user);  // @calls UserRepository.add
        return $user;
    }

    public function promote(string $name): Boss  // @def method UserService.promote
    {
        $boss = new Boss($name);  // @instantiates Admin
        $this->repo->add($boss);  // @calls UserRepository.add
        echo $boss->introduce($this->register('guest'));  // @calls User.introduce @calls UserService.register
        return $boss;
    }

    public function lookup(string $name): string  // @def method UserService.lookup
    {
        $visitor = guest();  // @calls guest
        $found = $this->repo->find($name);  // @calls UserRepository.find
        return $visitor->table() . $found->displayName();  // @calls User.table @unresolved displayName
    }

    public function dispatch(string $action, array $args): mixed  // @def method UserService.dispatch
    {
        call_user_func_array([$this, $action], $args);  // @blindspot reflection
        return eval('return 1;');  // @blindspot eval
    }
}
