<?php

declare(strict_types=1);

namespace App\Http\Controllers;

/** An invokable controller: the class itself is the route handler. */
final class ShowDashboard  // @def class ShowDashboard
{
    public function __invoke(): string  // @def method ShowDashboard.__invoke
    {
        return 'dashboard';
    }
}
