import { Button, Card, Form, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/states';
import { formatDate, formatFen, formatNumber } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DealerCodeInput } from '../payments/dealer-code-input';
import { TrainingBooking, TrainingSession, useTrainingSessions, writes } from './organisation-api';
import { useMayWrite } from './organisation-roles';
import { DateItem, NumberItem, TextItem, WriteForm } from './write-form';

const REFRESH = [['training-sessions']];

/** Training sessions with each dealer's places: free up to its agreement's free places, chargeable beyond (fee schedule). */
export default function TrainingSessionsPage() {
  const { t } = useTranslation();
  const sessions = useTrainingSessions();
  const mayWrite = useMayWrite();
  const [booking, setBooking] = useState<TrainingSession>();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('organisation:training.title')}</Typography.Title>
      {mayWrite && (
        <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('organisation:training.schedule')}</h2>}>
          <WriteForm name="scheduleSession" label={t('organisation:training.schedule')} submit={t('organisation:training.schedule')} write={writes.schedule} refresh={REFRESH}>
            <TextItem name="trainingSessionId" label={t('organisation:fields.trainingSessionId')} id width={140} />
            <TextItem name="title" label={t('organisation:fields.title')} width={240} />
            <DateItem name="startsOn" label={t('organisation:fields.startsOn')} />
            <NumberItem name="days" label={t('organisation:fields.days')} min={1} max={365} />
          </WriteForm>
        </Card>
      )}
      <QueryState query={sessions} isEmpty={(items) => items.length === 0} empty={<EmptyState description={t('organisation:training.empty')} />}>
        {(items) => <Sessions sessions={items} onBook={mayWrite ? setBooking : undefined} />}
      </QueryState>
      {booking && (
        <Modal open title={t('organisation:training.bookTitle', { title: booking.title })} footer={null} onCancel={() => setBooking(undefined)} destroyOnHidden>
          <WriteForm name="bookPlaces" label={t('organisation:training.book')} submit={t('organisation:training.book')} write={writes.book(booking.trainingSessionId)}
            refresh={REFRESH} onDone={() => setBooking(undefined)} layout="vertical">
            <Form.Item name="dealerCode" label={t('organisation:fields.dealerCode')} rules={[{ required: true, message: t('organisation:problems.required') }]}>
              <DealerCodeInput />
            </Form.Item>
            <NumberItem name="places" label={t('organisation:fields.places')} min={1} max={1000} />
          </WriteForm>
        </Modal>
      )}
    </Space>
  );
}

function Sessions({ sessions, onBook }: { sessions: TrainingSession[]; onBook?: (session: TrainingSession) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const money = (fen: number) => formatFen(fen, language);
  const bookings = (session: TrainingSession) => (
    <Table<TrainingBooking> size="small" rowKey="dealerCode" dataSource={session.bookings} pagination={false}
      aria-label={t('organisation:training.bookingsOf', { title: session.title })} locale={{ emptyText: t('organisation:training.noBookings') }}
      columns={[
        { title: t('organisation:fields.dealerCode'), dataIndex: 'dealerCode' },
        { title: t('organisation:fields.places'), dataIndex: 'places', align: 'right' },
        { title: t('organisation:fields.freePlaces'), dataIndex: 'freePlaces', align: 'right' },
        { title: t('organisation:fields.chargeablePlaces'), dataIndex: 'chargeablePlaces', align: 'right',
          render: (n: number) => (n > 0 ? <Tag color="orange">{formatNumber(n, language)}</Tag> : n) },
        { title: t('organisation:fields.feePerPlace'), dataIndex: 'feePerPlaceFen', align: 'right', render: money },
        { title: t('organisation:fields.charge'), dataIndex: 'chargeFen', align: 'right', render: money },
        { title: t('organisation:fields.agreementVersion'), dataIndex: 'agreementVersion', align: 'right' },
      ]} />
  );
  return (
    <Table<TrainingSession> rowKey="trainingSessionId" dataSource={sessions} pagination={false} scroll={{ x: 'max-content' }}
      aria-label={t('organisation:training.title')} data-testid="training-sessions-table" expandable={{ expandedRowRender: bookings, defaultExpandAllRows: true }}
      columns={[
        { title: t('organisation:fields.trainingSessionId'), dataIndex: 'trainingSessionId' },
        { title: t('organisation:fields.title'), dataIndex: 'title' },
        { title: t('organisation:fields.startsOn'), dataIndex: 'startsOn', render: (d: string) => formatDate(d, language) },
        { title: t('organisation:fields.days'), dataIndex: 'days', align: 'right' },
        { title: t('organisation:fields.chargeablePlaces'), key: 'chargeable', align: 'right',
          render: (_, s) => formatNumber(s.bookings.reduce((sum, b) => sum + b.chargeablePlaces, 0), language) },
        ...(onBook ? [{ title: '', key: 'book', render: (_: unknown, s: TrainingSession) => <Button size="small" onClick={() => onBook(s)}>{t('organisation:training.book')}</Button> }] : []),
      ]} />
  );
}
