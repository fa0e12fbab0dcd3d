<?php

declare(strict_types=1);

namespace App\Http\Controllers;

final class UserController  // @def class UserController
{
    public function show(int $id): string  // @def method UserController.show
    {
        return 'user';
    }

    public function store(): string  // @def method UserController.store
    {
        return 'created';
    }
}
