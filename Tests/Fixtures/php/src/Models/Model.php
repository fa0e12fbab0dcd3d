<?php

declare(strict_types=1);

namespace App\Models;

abstract class Model  // @def class Model
{
    protected static array $registry = [];  // @def property Model.registry

    public function __construct(protected int $id = 0)  // @def constructor Model.__construct
    {
    }

    public function save(): static  // @def method Model.save
    {
        static::$registry[] = $this;
        return $this;
    }

    abstract public function table(): string;  // @def method Model.table
}
