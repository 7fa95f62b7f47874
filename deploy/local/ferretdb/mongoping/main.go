// Command mongoping checks that a MongoDB-wire server answers.
//
// deploy/local/setup.sh copies it into the FerretDB module source (as
// cmd/aftersales-mongoping) and builds it there, so it uses the MongoDB Go driver
// that FerretDB already requires and needs no go.mod of its own.
//
//	mongoping [-smoke] [-timeout 3s] mongodb://127.0.0.1:27018/
//
// Without -smoke it runs `hello` and `ping` on the admin database.
// With -smoke it also does an insert/find/unique-index/aggregate round trip
// in a throwaway database and drops it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func main() {
	smoke := flag.Bool("smoke", false, "also run a write/read round trip")
	timeout := flag.Duration("timeout", 3*time.Second, "overall timeout")
	flag.Parse()

	uri := flag.Arg(0)
	if uri == "" {
		uri = "mongodb://127.0.0.1:27018/"
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	if err := run(ctx, uri, *smoke); err != nil {
		fmt.Fprintf(os.Stderr, "mongo not ready: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, uri string, smoke bool) error {
	opts := options.Client().ApplyURI(uri).
		SetServerSelectionTimeout(2 * time.Second).
		SetConnectTimeout(2 * time.Second)

	client, err := mongo.Connect(ctx, opts)
	if err != nil {
		return err
	}
	defer client.Disconnect(context.Background()) //nolint:errcheck // best effort

	admin := client.Database("admin")

	var hello bson.M
	if err = admin.RunCommand(ctx, bson.D{{Key: "hello", Value: 1}}).Decode(&hello); err != nil {
		return fmt.Errorf("hello: %w", err)
	}

	if err = admin.RunCommand(ctx, bson.D{{Key: "ping", Value: 1}}).Err(); err != nil {
		return fmt.Errorf("ping: %w", err)
	}

	fmt.Printf("mongo ready: maxWireVersion=%v\n", hello["maxWireVersion"])

	if !smoke {
		return nil
	}

	db := client.Database(fmt.Sprintf("local_smoke_%d", time.Now().UnixNano()))
	defer db.Drop(context.Background()) //nolint:errcheck // best effort

	c := db.Collection("events")

	if _, err = c.Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys:    bson.D{{Key: "streamId", Value: 1}, {Key: "version", Value: 1}},
		Options: options.Index().SetUnique(true),
	}); err != nil {
		return fmt.Errorf("createIndex: %w", err)
	}

	for v := 1; v <= 3; v++ {
		if _, err = c.InsertOne(ctx, bson.M{"streamId": "s1", "version": v, "amount": v * 10}); err != nil {
			return fmt.Errorf("insertOne: %w", err)
		}
	}

	_, err = c.InsertOne(ctx, bson.M{"streamId": "s1", "version": 1})
	if !mongo.IsDuplicateKeyError(err) {
		return fmt.Errorf("duplicate insert: want E11000, got %v", err)
	}

	n, err := c.CountDocuments(ctx, bson.M{"streamId": "s1"})
	if err != nil || n != 3 {
		return fmt.Errorf("countDocuments: n=%d err=%v", n, err)
	}

	cur, err := c.Aggregate(ctx, mongo.Pipeline{
		{{Key: "$match", Value: bson.M{"streamId": "s1"}}},
		{{Key: "$group", Value: bson.D{
			{Key: "_id", Value: "$streamId"},
			{Key: "total", Value: bson.M{"$sum": "$amount"}},
			{Key: "n", Value: bson.M{"$sum": 1}},
		}}},
	})
	if err != nil {
		return fmt.Errorf("aggregate: %w", err)
	}

	var out []struct {
		Total int64 `bson:"total"`
		N     int64 `bson:"n"`
	}
	if err = cur.All(ctx, &out); err != nil {
		return fmt.Errorf("aggregate: %w", err)
	}

	if len(out) != 1 || out[0].Total != 60 || out[0].N != 3 {
		return fmt.Errorf("aggregate: unexpected result %+v", out)
	}

	fmt.Printf("mongo round trip ok: 3 inserts, duplicate rejected with E11000, $group total=%d n=%d\n", out[0].Total, out[0].N)

	return nil
}
