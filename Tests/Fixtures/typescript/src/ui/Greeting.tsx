import { capitalize } from '../lib/format'; // @imports capitalize
import type { User } from '../services/repo'; // @imports User

export interface GreetingProps { // @def interface GreetingProps
  user: User; // @def property GreetingProps.user @references User
  excited?: boolean; // @def property GreetingProps.excited
}

/** Renders a greeting for one user. */
export function Greeting({ user, excited }: GreetingProps) { // @def function Greeting @references GreetingProps
  const label = capitalize(user.name); // @calls capitalize
  return (
    <h1 className="greeting">
      Hello, {label}
      {excited ? '!' : '.'}
    </h1>
  );
}

export const GreetingList = ({ users }: { users: User[] }) => ( // @def function GreetingList @references User
  <ul>
    {users.map((u) => (
      <li key={u.id}>
        <Greeting user={u} excited />
      </li>
    ))}
  </ul>
);

export default GreetingList;
