import { type DynamicModule, Module } from '@nestjs/common';

import { GraphqlEndpointService } from './graphql-endpoint.service';
import { GraphqlController } from './graphql.controller';
import { LogicFunctionRouteController } from './logic-function-route.controller';
import { LogicFunctionRouteService } from './logic-function-route.service';

/** Every HTTP entry point of the host: `/graphql`, `/metadata` and `/s/<route>`. */
@Module({})
export class HttpModule {
  static forHost({
    graphqlEndpoint,
    logicFunctionRoutes,
  }: {
    graphqlEndpoint: GraphqlEndpointService;
    logicFunctionRoutes: LogicFunctionRouteService;
  }): DynamicModule {
    return {
      module: HttpModule,
      controllers: [GraphqlController, LogicFunctionRouteController],
      providers: [
        { provide: GraphqlEndpointService, useValue: graphqlEndpoint },
        { provide: LogicFunctionRouteService, useValue: logicFunctionRoutes },
      ],
    };
  }
}
