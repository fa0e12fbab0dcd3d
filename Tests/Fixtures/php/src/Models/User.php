<?php

declare(strict_types=1);

namespace App\Models;

use App\Contracts\HasName;  // @imports HasName
use App\Support\Greets;  // @imports Greets
use function App\Support\format_name;  // @imports format_name

#[Table('users')] class User extends Model implements HasName  // @def class User @extends Model @implements HasName
{
    use Greets;  // @implements Greets

    public const ROLE = 'member';  // @def constant User.ROLE

    private string $name;  // @def property User.name

    public function __construct(string $name, int $id = 0)  // @def constructor User.__construct
    {
        $this->id = $id;
        $this->name = format_name($name);  // @calls format_name
    }

    public static function create(string $name): self  // @def method User.create
    {
        $user = new User($name);  // @instantiates User
        return $user->save();  // @calls Model.save
    }

    public function displayName(): string  // @def method User.displayName
    {
        return $this->name;
    }

    public function table(): string  // @def method User.table
    {
        return 'users';
    }

    public function introduce(User $other): string  // @def method User.introduce
    {
        return $this->greet($other->displayName());  // @calls Greets.greet @calls User.displayName
    }
}
