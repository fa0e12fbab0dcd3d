<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\User;  // @imports User

class UserRepository  // @def class UserRepository
{
    /** @var array<string, User> */
    private array $users = [];  // @def property UserRepository.users

    public function add(User $user): void  // @def method UserRepository.add
    {
        $this->users[$user->displayName()] = $user->save();  // @calls User.displayName @calls Model.save
    }

    public function find(string $name): ?User  // @def method UserRepository.find
    {
        return $this->users[$name] ?? null;
    }
}
