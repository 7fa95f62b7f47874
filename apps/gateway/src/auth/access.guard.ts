import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PERMISSION, RequiredPermission } from '../access/permission.decorator';
import { allows, permissionsOf } from '../access/permission-table';
import { SignedInUser } from '../access/signed-in-user';
import { Authenticator, NOT_SIGNED_IN } from './authenticator';
import { IS_PUBLIC } from './public.decorator';

interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: SignedInUser;
}

/** `Authorization: Bearer <token>`, or nothing. */
export function bearerToken(headers: GuardedRequest['headers']): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(String(headers['authorization'] ?? ''));
  return match?.[1];
}

/**
 * The global guard: every route needs a valid access token unless it is @Public(); the user goes
 * on `request.user` (@CurrentUser()). A route marked @Permission(action, subject) is refused with
 * 403 when no role of the user may do that at all.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly authenticator: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const token = bearerToken(request.headers);
    if (!token) throw new UnauthorizedException(NOT_SIGNED_IN);
    request.user = await this.authenticator.authenticate(token);
    const needed = this.reflector.getAllAndOverride<RequiredPermission | undefined>(PERMISSION, targets);
    if (needed && !allows(permissionsOf(request.user), needed.action, needed.subject)) {
      throw new ForbiddenException(`Your role may not ${needed.action} ${needed.subject}`);
    }
    return true;
  }
}
