import { type DynamicModule, Module } from '@nestjs/common';

import { AppTarballUploadController } from '../applications/app-tarball-upload.controller';
import { ApplicationLifecycleService } from '../applications/application-lifecycle.service';
import { FrontComponentPreviewController } from '../front-components/front-component-preview.controller';
import { FrontComponentPreviewService } from '../front-components/front-component-preview.service';
import { GraphqlEndpointService } from './graphql-endpoint.service';
import { GraphqlController } from './graphql.controller';
import { LogicFunctionRouteController } from './logic-function-route.controller';
import { LogicFunctionRouteService } from './logic-function-route.service';

/**
 * Every HTTP entry point of the host: `/graphql`, `/metadata`, `/s/<route>`, the
 * upload URL of app tarballs and the preview pages of front components.
 */
@Module({})
export class HttpModule {
  static forHost({
    graphqlEndpoint,
    logicFunctionRoutes,
    applications,
    frontComponents,
  }: {
    graphqlEndpoint: Pick<GraphqlEndpointService, 'handle'>;
    logicFunctionRoutes: Pick<LogicFunctionRouteService, 'handle'>;
    applications: ApplicationLifecycleService;
    frontComponents: Pick<FrontComponentPreviewService, 'page' | 'bundle'>;
  }): DynamicModule {
    return {
      module: HttpModule,
      controllers: [
        GraphqlController,
        LogicFunctionRouteController,
        AppTarballUploadController,
        FrontComponentPreviewController,
      ],
      providers: [
        { provide: ApplicationLifecycleService, useValue: applications },
        { provide: GraphqlEndpointService, useValue: graphqlEndpoint },
        { provide: LogicFunctionRouteService, useValue: logicFunctionRoutes },
        { provide: FrontComponentPreviewService, useValue: frontComponents },
      ],
    };
  }
}
