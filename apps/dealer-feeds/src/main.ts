import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import services from '../../../services.json';
import { DealerFeedsModule } from './dealer-feeds.module';

// The port and the description come from the one list of services (services.json).
const { port, description } = services['dealer-feeds'];
runService({ service: 'dealer-feeds', defaultPort: port, description, register: DealerFeedsModule.register });
