// Deliberately invalid TypeScript: the declaration in the middle does not parse.
export function beforeError(): number { // @def function beforeError
  return 1;
}

const oops = ;

export class AfterError { // @def class AfterError
  ok(): number { // @def method AfterError.ok
    return beforeError(); // @calls beforeError
  }
}

export const afterConst = new AfterError(); // @def constant afterConst @instantiates AfterError
