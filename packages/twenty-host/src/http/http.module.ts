import { type DynamicModule, Module } from '@nestjs/common';

import { AppTarballUploadController } from '../applications/app-tarball-upload.controller';
import { ApplicationLifecycleService } from '../applications/application-lifecycle.service';
import { GraphqlEndpointService } from './graphql-endpoint.service';
import { GraphqlController } from './graphql.controller';
import { LogicFunctionRouteController } from './logic-function-route.controller';
import { LogicFunctionRouteService } from './logic-function-route.service';

/**
 * Every HTTP entry point of the host: `/graphql`, `/metadata`, `/s/<route>` and the
 * upload URL of app tarballs.
 */
@Module({})
export class HttpModule {
  static forHost({
    graphqlEndpoint,
    logicFunctionRoutes,
    applications,
  }: {
    graphqlEndpoint: Pick<GraphqlEndpointService, 'handle'>;
    logicFunctionRoutes: Pick<LogicFunctionRouteService, 'handle'>;
    applications: ApplicationLifecycleService;
  }): DynamicModule {
    return {
      module: HttpModule,
      controllers: [
        GraphqlController,
        LogicFunctionRouteController,
        AppTarballUploadController,
      ],
      providers: [
        { provide: ApplicationLifecycleService, useValue: applications },
        { provide: GraphqlEndpointService, useValue: graphqlEndpoint },
        { provide: LogicFunctionRouteService, useValue: logicFunctionRoutes },
      ],
    };
  }
}
