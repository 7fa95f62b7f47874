import { SetMetadata } from '@nestjs/common';
import { Action, Subject } from './permission-table';

export const PERMISSION = 'aftersales:permission';
export interface RequiredPermission { action: Action; subject: Subject }

/**
 * The action on a subject that a route does, decided by the permission table: the access guard
 * answers 403 when none of the user's roles may do it at all. (Dealer conditions are checked
 * where the dealer is known: the routes' dealer scoping answers 404.)
 */
export const Permission = (action: Action, subject: Subject) => SetMetadata(PERMISSION, { action, subject } satisfies RequiredPermission);
