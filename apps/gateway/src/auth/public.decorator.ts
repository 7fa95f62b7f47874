import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'aftersales:public';

/** A route anybody may call, signed in or not (sign-in, refresh, health); every other one needs a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
