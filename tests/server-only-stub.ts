// Unit tests run outside Next; the real package throws when imported there.
export {};
