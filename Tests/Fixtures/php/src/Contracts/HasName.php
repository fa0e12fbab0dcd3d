<?php

declare(strict_types=1);

namespace App\Contracts;

/** Anything that can introduce itself. */
interface HasName  // @def interface HasName
{
    public function displayName(): string;  // @def method HasName.displayName
}
