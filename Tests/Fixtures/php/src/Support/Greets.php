<?php

declare(strict_types=1);

namespace App\Support;

trait Greets  // @def class Greets
{
    public function greet(string $other): string  // @def method Greets.greet
    {
        // format_name is a function of this namespace (same directory); displayName() belongs
        // to whichever class uses the trait, which the trait alone does not know.
        return format_name($other) . ' meets ' . $this->displayName();  // @calls format_name @unresolved displayName
    }
}
