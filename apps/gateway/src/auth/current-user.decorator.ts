import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { SignedInUser } from '../access/signed-in-user';

/** The request's signed-in user, as the access guard put it on `request.user`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInUser =>
  context.switchToHttp().getRequest<{ user: SignedInUser }>().user);
