<?php

declare(strict_types=1);

namespace App\Models;

final class Admin extends User  // @def class Admin @extends User
{
    private array $permissions = ['refund'];  // @def property Admin.permissions

    public function displayName(): string  // @def method Admin.displayName
    {
        return strtoupper($this->table()) . ':' . self::label();  // @calls User.table @calls Admin.label
    }

    public static function label(): string  // @def method Admin.label
    {
        return 'admin';
    }

    public function __call(string $method, array $args): mixed  // @def method Admin.__call @blindspot reflection
    {
        return $this->$method(...$args);  // @blindspot reflection
    }
}
