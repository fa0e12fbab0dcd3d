<?php

declare(strict_types=1);

namespace App\Support;

use App\Models\User;  // @imports User

const DEFAULT_ROLE = 'member';  // @def constant DEFAULT_ROLE

/** Title-cases a person's name. */
function format_name(string $name): string  // @def function format_name
{
    return ucwords(trim($name));
}

function guest(): User  // @def function guest
{
    return User::create(format_name('guest'));  // @calls User.create @calls format_name
}
