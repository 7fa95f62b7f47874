import { Controller, Get, Inject, Post, Req, Res, Type } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Permission } from '../../access/permission.decorator';
import { ForwardedRoute, routerPath } from '../route-table';
import { Forwarder } from './forwarder';

type Handler = (this: { forwarder: Forwarder }, req: Request, res: Response) => Promise<void>;

/**
 * One controller with a handler per route of the table, so the router matches them (an unknown
 * path is a 404, a known one with another method too) and the access guard sees each route's
 * permission. Its operations are documented from the services' documents (openapi/), not here.
 */
export function forwardedRoutesController(routes: readonly ForwardedRoute[]): Type<unknown> {
  @ApiExcludeController()
  @Controller()
  class ForwardedRoutesController {
    constructor(@Inject(Forwarder) readonly forwarder: Forwarder) {}
  }
  const prototype = ForwardedRoutesController.prototype as unknown as Record<string, Handler>;
  routes.forEach((route, index) => {
    const name = `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+/g, '_')}_${index}`;
    prototype[name] = function (req, res) {
      return this.forwarder.handle(route, req as never, res);
    };
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
    const path = routerPath(route.path).slice(1);
    (route.method === 'GET' ? Get(path) : Post(path))(prototype, name, descriptor);
    Permission(route.action, route.subject)(prototype, name, descriptor);
    Req()(prototype, name, 0);
    Res()(prototype, name, 1);
  });
  return ForwardedRoutesController;
}
