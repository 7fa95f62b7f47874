import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import services from '../../../services.json';
import { PartsLogisticsModule } from './parts-logistics.module';

// The port and the description come from the one list of services (services.json).
const { port, description } = services['parts-logistics'];
runService({ service: 'parts-logistics', defaultPort: port, description, register: PartsLogisticsModule.register });
