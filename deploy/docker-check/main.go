// docker-check reads docker-compose.yml and deploy/Dockerfile with the parsers Docker itself
// uses (compose-go, which `docker compose` is built on, and BuildKit's Dockerfile parser and
// linter, which `docker build` runs), because no Docker engine runs in CI. It prints what they
// understood as JSON for apps/e2e/src/docker-compose.unit.spec.ts, or the error and exit 1:
//
//	go run ./deploy/docker-check docker-compose.yml deploy/Dockerfile
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

type command struct {
	Name string      `json:"name"`
	Code string      `json:"code"`
	Args interface{} `json:"args"`
}

type stage struct {
	Name     string    `json:"name"`
	BaseName string    `json:"baseName"`
	Commands []command `json:"commands"`
}

type dockerfile struct {
	MetaArgs []instructions.ArgCommand `json:"metaArgs"`
	Stages   []stage                   `json:"stages"`
	Warnings []string                  `json:"warnings"`
}

func main() {
	if len(os.Args) != 3 {
		fail(fmt.Errorf("usage: docker-check <compose file> <Dockerfile>"))
	}
	project, err := loadCompose(os.Args[1])
	if err != nil {
		fail(fmt.Errorf("%s: %w", os.Args[1], err))
	}
	parsed, err := parseDockerfile(os.Args[2])
	if err != nil {
		fail(fmt.Errorf("%s: %w", os.Args[2], err))
	}
	out, err := json.Marshal(map[string]interface{}{"compose": project, "dockerfile": parsed})
	if err != nil {
		fail(err)
	}
	fmt.Println(string(out))
}

// loadCompose loads, validates (the Compose Specification schema) and normalises the file as
// `docker compose config` does: merge keys resolved, short syntax expanded.
func loadCompose(path string) (*types.Project, error) {
	options, err := cli.NewProjectOptions([]string{path}, cli.WithWorkingDirectory(filepath.Dir(path)), cli.WithOsEnv)
	if err != nil {
		return nil, err
	}
	return options.LoadProject(context.Background())
}

// parseDockerfile parses the instructions and collects the warnings of the parser and of the
// build checks that run while parsing (`docker build --check` reports the same ones).
func parseDockerfile(path string) (*dockerfile, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	ast, err := parser.Parse(file)
	if err != nil {
		return nil, err
	}
	result := &dockerfile{Warnings: []string{}}
	for _, w := range ast.Warnings {
		result.Warnings = append(result.Warnings, w.Short)
	}
	lint := linter.New(&linter.Config{Warn: func(rule, _, _, message string, _ []parser.Range) {
		result.Warnings = append(result.Warnings, rule+": "+message)
	}})
	stages, metaArgs, err := instructions.Parse(ast.AST, lint)
	if err != nil {
		return nil, err
	}
	result.MetaArgs = metaArgs
	for _, s := range stages {
		out := stage{Name: s.Name, BaseName: s.BaseName, Commands: []command{}}
		for _, c := range s.Commands {
			out.Commands = append(out.Commands, command{Name: c.Name(), Code: fmt.Sprint(c), Args: c})
		}
		result.Stages = append(result.Stages, out)
	}
	return result, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "docker-check:", err)
	os.Exit(1)
}
