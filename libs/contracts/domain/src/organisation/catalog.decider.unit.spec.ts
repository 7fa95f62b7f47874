import { DeciderSpecification } from '@aftersales/event-sourcing';
import { catalogDecider, ListModel, ListPart } from './catalog.decider';

const spec = DeciderSpecification(catalogDecider);
const HEAD = { partNo: 'P-HEAD-630', name: '列印頭', category: 'spare-part' as const, component: 'print-head' };

describe('the catalog: models and parts listed, changed by listing them again', () => {
  it('when PR-630K is listed, then it is listed', () => {
    spec.given([]).when(new ListModel({ model: 'PR-630K', name: '針式打印機 PR-630K' })).then([{ type: 'ModelListed', data: { model: 'PR-630K', name: '針式打印機 PR-630K' } }]);
  });

  it('given PR-630K is listed, when it is listed again with the same name, then nothing happens; with another name, it changes', () => {
    const listed = { type: 'ModelListed' as const, data: { model: 'PR-630K', name: '針式打印機 PR-630K' } };
    spec.given([listed]).when(new ListModel({ model: 'PR-630K', name: '針式打印機 PR-630K' })).thenNothingHappens();
    spec.given([listed]).when(new ListModel({ model: 'PR-630K', name: 'PR-630K 針式' })).then([{ type: 'ModelListed', data: { model: 'PR-630K', name: 'PR-630K 針式' } }]);
  });

  it('given the print head is listed with its component, when it is listed without one, then that is a change', () => {
    spec.given([{ type: 'PartListed', data: HEAD }]).when(new ListPart(HEAD)).thenNothingHappens();
    const { component: _none, ...withoutComponent } = HEAD;
    spec.given([{ type: 'PartListed', data: HEAD }]).when(new ListPart(withoutComponent)).then([{ type: 'PartListed', data: withoutComponent }]);
  });
});
