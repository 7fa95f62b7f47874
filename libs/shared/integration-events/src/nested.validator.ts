import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';

type Schema = new () => object;

/**
 * A section that is one object of `schema`. ValidateNested alone lets a list through (it
 * validates each element, and an empty list has none): IsObject refuses it.
 */
export function NestedObject(schema: () => Schema): PropertyDecorator {
  return applyAll(IsObject(), ValidateNested(), Type(schema));
}

/** A list of objects of `schema`: a nested list such as `[[]]` is refused, not stored. */
export function NestedList(schema: () => Schema, maxSize: number): PropertyDecorator {
  return applyAll(IsArray(), ArrayMaxSize(maxSize), IsObject({ each: true }), ValidateNested({ each: true }), Type(schema));
}

function applyAll(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
