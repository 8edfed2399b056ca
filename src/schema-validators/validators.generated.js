/* Generated from schemas/*.schema.json by scripts/gen-validators.ts. Do not edit: change the schema and run npm run gen:types. */
import { fullFormats as formats_fullFormats } from "ajv-formats/dist/formats.js";
import ucs2length_default from "ajv/dist/runtime/ucs2length.js";
function esDefault(m) {
  return m?.__esModule ? m.default : m;
}
export const autonomyEvent = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/autonomy-event.schema.json","title":"AutonomyEvent","description":"One line of marketing/autonomy/<workflow>.jsonl: a change in how much autonomy a workflow has. Append-only.","type":"object","required":["type","at","workflow"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/definitions/demoted"},{"$ref":"#/definitions/demotionLifted"},{"$ref":"#/definitions/promotionProposed"},{"$ref":"#/definitions/promoted"}],"definitions":{"at":{"type":"string","format":"date-time","description":"When it was recorded."},"level":{"enum":["L0","L1","L2","L3","L4","L5"],"description":"An autonomy level."},"demoted":{"type":"object","additionalProperties":false,"required":["type","at","workflow","from","to","trigger","reason"],"description":"Autonomy taken back at once, automatically.","properties":{"type":{"const":"demoted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"from":{"$ref":"#/definitions/level"},"to":{"$ref":"#/definitions/level"},"trigger":{"type":"string","description":"Which trigger fired: guardrail-error, benchmark-streak, foreign-commit, publish-failures, retracted, …"},"reason":{"type":"string","description":"What happened, with the numbers."},"cycle":{"type":"string","description":"The cycle that triggered it."},"exception":{"type":"string","description":"The exception raised for it."},"configBranch":{"type":"string","description":"The config proposal that brings the YAML in line."}}},"demotionLifted":{"type":"object","additionalProperties":false,"required":["type","at","workflow"],"description":"A person lifted a demotion (resolved its exception or merged a promotion).","properties":{"type":{"const":"demotion-lifted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"by":{"type":"string","description":"Who."}}},"promotionProposed":{"type":"object","additionalProperties":false,"required":["type","at","workflow","from","to","branch"],"description":"Loopcast opened a config proposal that raises the workflow's level; merging it is the grant.","properties":{"type":{"const":"promotion-proposed"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"from":{"$ref":"#/definitions/level"},"to":{"$ref":"#/definitions/level"},"branch":{"type":"string","description":"The config proposal's branch."}}},"promoted":{"type":"object","additionalProperties":false,"required":["type","at","workflow","to"],"description":"The promotion was merged: the configured level is now higher.","properties":{"type":{"const":"promoted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"to":{"$ref":"#/definitions/level"},"branch":{"type":"string","description":"The config proposal's branch."}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["type","at","workflow","from","to","trigger","reason"],"description":"Autonomy taken back at once, automatically.","properties":{"type":{"const":"demoted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"from":{"$ref":"#/definitions/level"},"to":{"$ref":"#/definitions/level"},"trigger":{"type":"string","description":"Which trigger fired: guardrail-error, benchmark-streak, foreign-commit, publish-failures, retracted, …"},"reason":{"type":"string","description":"What happened, with the numbers."},"cycle":{"type":"string","description":"The cycle that triggered it."},"exception":{"type":"string","description":"The exception raised for it."},"configBranch":{"type":"string","description":"The config proposal that brings the YAML in line."}}};
const schema13 = {"type":"string","format":"date-time","description":"When it was recorded."};
const schema14 = {"enum":["L0","L1","L2","L3","L4","L5"],"description":"An autonomy level."};
const func2 = Object.prototype.hasOwnProperty;
const formats0 = formats_fullFormats["date-time"];

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.from === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.to === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.trigger === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger"},message:"must have required property '"+"trigger"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("demoted" !== data0){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "demoted"},message:"must be equal to constant",schema:"demoted",parentSchema:schema12.properties.type,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.workflow !== undefined){
let data2 = data.workflow;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.workflow.type,parentSchema:schema12.properties.workflow,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.from !== undefined){
let data3 = data.from;
if(!((((((data3 === "L0") || (data3 === "L1")) || (data3 === "L2")) || (data3 === "L3")) || (data3 === "L4")) || (data3 === "L5"))){
const err12 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.to !== undefined){
let data4 = data.to;
if(!((((((data4 === "L0") || (data4 === "L1")) || (data4 === "L2")) || (data4 === "L3")) || (data4 === "L4")) || (data4 === "L5"))){
const err13 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.trigger !== undefined){
let data5 = data.trigger;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.trigger.type,parentSchema:schema12.properties.trigger,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.reason !== undefined){
let data6 = data.reason;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.reason.type,parentSchema:schema12.properties.reason,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cycle !== undefined){
let data7 = data.cycle;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/cycle",schemaPath:"#/properties/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.cycle.type,parentSchema:schema12.properties.cycle,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.exception !== undefined){
let data8 = data.exception;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/exception",schemaPath:"#/properties/exception/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exception.type,parentSchema:schema12.properties.exception,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.configBranch !== undefined){
let data9 = data.configBranch;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/configBranch",schemaPath:"#/properties/configBranch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.configBranch.type,parentSchema:schema12.properties.configBranch,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"required":["type","at","workflow"],"description":"A person lifted a demotion (resolved its exception or merged a promotion).","properties":{"type":{"const":"demotion-lifted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"by":{"type":"string","description":"Who."}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "at")) || (key0 === "workflow")) || (key0 === "by"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("demotion-lifted" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "demotion-lifted"},message:"must be equal to constant",schema:"demotion-lifted",parentSchema:schema16.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.workflow !== undefined){
let data2 = data.workflow;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.workflow.type,parentSchema:schema16.properties.workflow,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.by.type,parentSchema:schema16.properties.by,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","additionalProperties":false,"required":["type","at","workflow","from","to","branch"],"description":"Loopcast opened a config proposal that raises the workflow's level; merging it is the grant.","properties":{"type":{"const":"promotion-proposed"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"from":{"$ref":"#/definitions/level"},"to":{"$ref":"#/definitions/level"},"branch":{"type":"string","description":"The config proposal's branch."}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.from === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.to === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.branch === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "at")) || (key0 === "workflow")) || (key0 === "from")) || (key0 === "to")) || (key0 === "branch"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("promotion-proposed" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion-proposed"},message:"must be equal to constant",schema:"promotion-proposed",parentSchema:schema18.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.workflow !== undefined){
let data2 = data.workflow;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.workflow.type,parentSchema:schema18.properties.workflow,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.from !== undefined){
let data3 = data.from;
if(!((((((data3 === "L0") || (data3 === "L1")) || (data3 === "L2")) || (data3 === "L3")) || (data3 === "L4")) || (data3 === "L5"))){
const err11 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.to !== undefined){
let data4 = data.to;
if(!((((((data4 === "L0") || (data4 === "L1")) || (data4 === "L2")) || (data4 === "L3")) || (data4 === "L4")) || (data4 === "L5"))){
const err12 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.branch !== undefined){
let data5 = data.branch;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.branch.type,parentSchema:schema18.properties.branch,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"required":["type","at","workflow","to"],"description":"The promotion was merged: the configured level is now higher.","properties":{"type":{"const":"promoted"},"at":{"$ref":"#/definitions/at"},"workflow":{"type":"string","description":"Workflow id."},"to":{"$ref":"#/definitions/level"},"branch":{"type":"string","description":"The config proposal's branch."}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.to === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "workflow")) || (key0 === "to")) || (key0 === "branch"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("promoted" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promoted"},message:"must be equal to constant",schema:"promoted",parentSchema:schema22.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.workflow !== undefined){
let data2 = data.workflow;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.workflow.type,parentSchema:schema22.properties.workflow,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.to !== undefined){
let data3 = data.to;
if(!((((((data3 === "L0") || (data3 === "L1")) || (data3 === "L2")) || (data3 === "L3")) || (data3 === "L4")) || (data3 === "L5"))){
const err9 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values",schema:schema14.enum,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.branch !== undefined){
let data4 = data.branch;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.branch.type,parentSchema:schema22.properties.branch,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/autonomy-event.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "demoted"){
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
else if(tag0 === "demotion-lifted"){
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
else if(tag0 === "promotion-proposed"){
if(!(validate13(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
else if(tag0 === "promoted"){
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema11.discriminator,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema11.discriminator,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const benchmarks = validate19;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/benchmarks.schema.json","title":"Benchmarks","description":"marketing/benchmarks.yaml: what 'good' looks like, per workflow or channel, defined before the system steps back.","type":"object","additionalProperties":false,"required":["version","benchmarks"],"properties":{"version":{"const":1,"description":"Format version of this file. Write `version: 1`."},"benchmarks":{"type":"array","items":{"$ref":"#/definitions/benchmark"},"description":"Thresholds on metrics. Each names exactly one of `workflow` or `channel`."}},"definitions":{"benchmark":{"type":"object","additionalProperties":false,"required":["id","metric","window"],"oneOf":[{"required":["workflow"]},{"required":["channel"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Lower-case id, unique in this file."},"workflow":{"type":"string","description":"Id of the workflow this benchmark judges."},"channel":{"type":"string","description":"Id of the channel whose items this benchmark judges."},"metric":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Metric name in snake_case, e.g. open_rate, click_rate, engagement_rate."},"min":{"type":"number","description":"The metric must be at least this (rates are fractions: 0.35 = 35 %)."},"max":{"type":"number","description":"The metric must be at most this (e.g. a cost per lead ceiling)."},"minSample":{"type":"object","additionalProperties":false,"required":["metric","value"],"description":"Judge only once this much data is in, e.g. {metric: delivered, value: 200}.","properties":{"metric":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Count metric that measures the sample size."},"value":{"type":"number","minimum":0,"description":"Smallest sample that allows a verdict."}}},"window":{"type":"string","pattern":"^[1-9][0-9]*(m|h|d)$","description":"Measurement window after publishing, e.g. 7d."},"primary":{"type":"boolean","description":"The benchmark the workflow's results are judged by (one per workflow): missing it three times in a row demotes the workflow, the 30-day review compares it against the approval-mode baseline, and the reports chart it and rank items by it."}},"anyOf":[{"required":["min"]},{"required":["max"]}]}}};
const schema26 = {"type":"object","additionalProperties":false,"required":["id","metric","window"],"oneOf":[{"required":["workflow"]},{"required":["channel"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Lower-case id, unique in this file."},"workflow":{"type":"string","description":"Id of the workflow this benchmark judges."},"channel":{"type":"string","description":"Id of the channel whose items this benchmark judges."},"metric":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Metric name in snake_case, e.g. open_rate, click_rate, engagement_rate."},"min":{"type":"number","description":"The metric must be at least this (rates are fractions: 0.35 = 35 %)."},"max":{"type":"number","description":"The metric must be at most this (e.g. a cost per lead ceiling)."},"minSample":{"type":"object","additionalProperties":false,"required":["metric","value"],"description":"Judge only once this much data is in, e.g. {metric: delivered, value: 200}.","properties":{"metric":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Count metric that measures the sample size."},"value":{"type":"number","minimum":0,"description":"Smallest sample that allows a verdict."}}},"window":{"type":"string","pattern":"^[1-9][0-9]*(m|h|d)$","description":"Measurement window after publishing, e.g. 7d."},"primary":{"type":"boolean","description":"The benchmark the workflow's results are judged by (one per workflow): missing it three times in a row demotes the workflow, the 30-day review compares it against the approval-mode baseline, and the reports chart it and rank items by it."}},"anyOf":[{"required":["min"]},{"required":["max"]}]};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
const pattern1 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern3 = new RegExp("^[1-9][0-9]*(m|h|d)$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/benchmarks.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.benchmarks === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchmarks"},message:"must have required property '"+"benchmarks"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "version") || (key0 === "benchmarks"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema25.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.benchmarks !== undefined){
let data1 = data.benchmarks;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
let valid4 = false;
const _errs9 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.min === undefined){
const err4 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/anyOf/0/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema26.anyOf[0].required,parentSchema:schema26.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.max === undefined){
const err5 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/anyOf/1/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema26.anyOf[1].required,parentSchema:schema26.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err6 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema26.anyOf,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
const _errs11 = errors;
let valid5 = false;
let passing0 = null;
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.workflow === undefined){
const err7 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/oneOf/0/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema26.oneOf[0].required,parentSchema:schema26.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid5 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.channel === undefined){
const err8 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/oneOf/1/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema26.oneOf[1].required,parentSchema:schema26.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err9 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema26.oneOf,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema26.required,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.metric === undefined){
const err11 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema26.required,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.window === undefined){
const err12 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema26.required,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!(func2.call(schema26.properties, key1))){
const err13 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err14 = {instancePath:instancePath+"/benchmarks/" + i0+"/id",schemaPath:"#/definitions/benchmark/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema26.properties.id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/benchmarks/" + i0+"/id",schemaPath:"#/definitions/benchmark/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.id.type,parentSchema:schema26.properties.id,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.workflow !== undefined){
let data4 = data2.workflow;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/benchmarks/" + i0+"/workflow",schemaPath:"#/definitions/benchmark/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.workflow.type,parentSchema:schema26.properties.workflow,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.channel !== undefined){
let data5 = data2.channel;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/benchmarks/" + i0+"/channel",schemaPath:"#/definitions/benchmark/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.channel.type,parentSchema:schema26.properties.channel,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.metric !== undefined){
let data6 = data2.metric;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err18 = {instancePath:instancePath+"/benchmarks/" + i0+"/metric",schemaPath:"#/definitions/benchmark/properties/metric/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema26.properties.metric,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/benchmarks/" + i0+"/metric",schemaPath:"#/definitions/benchmark/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.metric.type,parentSchema:schema26.properties.metric,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.min !== undefined){
let data7 = data2.min;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/benchmarks/" + i0+"/min",schemaPath:"#/definitions/benchmark/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.min.type,parentSchema:schema26.properties.min,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.max !== undefined){
let data8 = data2.max;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/benchmarks/" + i0+"/max",schemaPath:"#/definitions/benchmark/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.max.type,parentSchema:schema26.properties.max,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.minSample !== undefined){
let data9 = data2.minSample;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.metric === undefined){
const err22 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample",schemaPath:"#/definitions/benchmark/properties/minSample/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema26.properties.minSample.required,parentSchema:schema26.properties.minSample,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9.value === undefined){
const err23 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample",schemaPath:"#/definitions/benchmark/properties/minSample/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema26.properties.minSample.required,parentSchema:schema26.properties.minSample,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "metric") || (key2 === "value"))){
const err24 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample",schemaPath:"#/definitions/benchmark/properties/minSample/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26.properties.minSample,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.metric !== undefined){
let data10 = data9.metric;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err25 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample/metric",schemaPath:"#/definitions/benchmark/properties/minSample/properties/metric/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema26.properties.minSample.properties.metric,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample/metric",schemaPath:"#/definitions/benchmark/properties/minSample/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.minSample.properties.metric.type,parentSchema:schema26.properties.minSample.properties.metric,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.value !== undefined){
let data11 = data9.value;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample/value",schemaPath:"#/definitions/benchmark/properties/minSample/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema26.properties.minSample.properties.value,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample/value",schemaPath:"#/definitions/benchmark/properties/minSample/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.minSample.properties.value.type,parentSchema:schema26.properties.minSample.properties.value,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/benchmarks/" + i0+"/minSample",schemaPath:"#/definitions/benchmark/properties/minSample/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.properties.minSample.type,parentSchema:schema26.properties.minSample,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.window !== undefined){
let data12 = data2.window;
if(typeof data12 === "string"){
if(!pattern3.test(data12)){
const err30 = {instancePath:instancePath+"/benchmarks/" + i0+"/window",schemaPath:"#/definitions/benchmark/properties/window/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(m|h|d)$"+"\"",schema:"^[1-9][0-9]*(m|h|d)$",parentSchema:schema26.properties.window,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/benchmarks/" + i0+"/window",schemaPath:"#/definitions/benchmark/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.window.type,parentSchema:schema26.properties.window,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.primary !== undefined){
let data13 = data2.primary;
if(typeof data13 !== "boolean"){
const err32 = {instancePath:instancePath+"/benchmarks/" + i0+"/primary",schemaPath:"#/definitions/benchmark/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.primary.type,parentSchema:schema26.properties.primary,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/benchmarks/" + i0,schemaPath:"#/definitions/benchmark/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data2};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.benchmarks.type,parentSchema:schema25.properties.benchmarks,data:data1};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const decision = validate20;
const schema27 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/decision.schema.json","title":"Decision","description":"marketing/decisions/<yyyy>/<mm>/<id>.json: one change of course for a workflow (or for the whole system), with the signal behind it. A run writes one whenever the learner adopts another slot, message option or frequency, retires an option, or the change detector sees a drop or a recovery; a person may add others. The reports' decision log reads these files, and `loopcast explain ID` recomputes the evidence from the ledger.","type":"object","additionalProperties":false,"required":["id","at","kind","summary","signal"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$","description":"Unique id, also the file name without .json, e.g. weekly-newsletter--slot--20261201T0900Z."},"at":{"type":"string","format":"date-time","description":"When the decision was made (ISO 8601)."},"workflow":{"type":"string","description":"The workflow whose course changed; absent for a decision about the whole system."},"kind":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"What changed, in lower-case words joined by dashes: slot, subject, hook, cta, frequency, promotion, demotion, pause …"},"summary":{"type":"string","minLength":1,"description":"One line a person can read, e.g. 'moved the newsletter from Thu 09:00 to Tue 09:00'."},"signal":{"type":"string","minLength":1,"description":"The evidence the change was based on, e.g. 'click rate 3.1 % on Tuesdays vs 2.2 % on Thursdays over 12 sends'."},"from":{"type":"string","description":"The option before the change, e.g. 'Thu 09:00'."},"to":{"type":"string","description":"The option after the change, e.g. 'Tue 09:00'."},"cycle":{"type":"string","description":"The cycle the decision was made for, if any."},"evidence":{"type":"object","additionalProperties":false,"required":["metric","asOf","options"],"description":"The numbers behind a learner's decision, as the run computed them from the ledger: what `loopcast explain` recomputes and compares.","properties":{"metric":{"type":"string","description":"The primary benchmark's metric the options were compared on, e.g. click_rate."},"asOf":{"type":"string","format":"date-time","description":"The ledger as known at this instant was read."},"dimension":{"type":"string","description":"What the options are: slot, pillar, title, hook, cta or frequency."},"options":{"type":"array","description":"Every option with its evidence.","items":{"type":"object","additionalProperties":false,"required":["option","sends","measured","pBest"],"properties":{"option":{"type":"string","description":"The option as recorded in the ledger's arms (a slot label, a pillar id, an index into the templates, a count)."},"name":{"type":"string","description":"The option in words (the template text, '3 a week')."},"sends":{"type":"integer","minimum":0,"description":"Items sent or on their way with it."},"measured":{"type":"integer","minimum":0,"description":"Items whose measurement window had closed."},"rate":{"type":"number","description":"Successes over trials of the measured items."},"pBest":{"type":"number","minimum":0,"maximum":1,"description":"Probability that it is the best option, from the discounted posterior."}}}}}}}};
const func5 = esDefault(ucs2length_default);
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/decision.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summary === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.signal === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signal"},message:"must have required property '"+"signal"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema27.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$",parentSchema:schema27.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.id.type,parentSchema:schema27.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema27.properties.at,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.at.type,parentSchema:schema27.properties.at,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.workflow !== undefined){
let data2 = data.workflow;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.workflow.type,parentSchema:schema27.properties.workflow,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema27.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.kind.type,parentSchema:schema27.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.summary !== undefined){
let data4 = data.summary;
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.summary.type,parentSchema:schema27.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.signal !== undefined){
let data5 = data.signal;
if(typeof data5 === "string"){
if(func5(data5) < 1){
const err15 = {instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.signal,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/signal",schemaPath:"#/properties/signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.signal.type,parentSchema:schema27.properties.signal,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.from !== undefined){
let data6 = data.from;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.from.type,parentSchema:schema27.properties.from,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.to !== undefined){
let data7 = data.to;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.to.type,parentSchema:schema27.properties.to,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cycle !== undefined){
let data8 = data.cycle;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/cycle",schemaPath:"#/properties/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.cycle.type,parentSchema:schema27.properties.cycle,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.evidence !== undefined){
let data9 = data.evidence;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.metric === undefined){
const err20 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema27.properties.evidence.required,parentSchema:schema27.properties.evidence,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.asOf === undefined){
const err21 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "asOf"},message:"must have required property '"+"asOf"+"'",schema:schema27.properties.evidence.required,parentSchema:schema27.properties.evidence,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9.options === undefined){
const err22 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema27.properties.evidence.required,parentSchema:schema27.properties.evidence,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data9){
if(!((((key1 === "metric") || (key1 === "asOf")) || (key1 === "dimension")) || (key1 === "options"))){
const err23 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27.properties.evidence,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.metric !== undefined){
let data10 = data9.metric;
if(typeof data10 !== "string"){
const err24 = {instancePath:instancePath+"/evidence/metric",schemaPath:"#/properties/evidence/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.evidence.properties.metric.type,parentSchema:schema27.properties.evidence.properties.metric,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.asOf !== undefined){
let data11 = data9.asOf;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err25 = {instancePath:instancePath+"/evidence/asOf",schemaPath:"#/properties/evidence/properties/asOf/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema27.properties.evidence.properties.asOf,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/evidence/asOf",schemaPath:"#/properties/evidence/properties/asOf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.evidence.properties.asOf.type,parentSchema:schema27.properties.evidence.properties.asOf,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.dimension !== undefined){
let data12 = data9.dimension;
if(typeof data12 !== "string"){
const err27 = {instancePath:instancePath+"/evidence/dimension",schemaPath:"#/properties/evidence/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.evidence.properties.dimension.type,parentSchema:schema27.properties.evidence.properties.dimension,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.options !== undefined){
let data13 = data9.options;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.option === undefined){
const err28 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/required",keyword:"required",params:{missingProperty: "option"},message:"must have required property '"+"option"+"'",schema:schema27.properties.evidence.properties.options.items.required,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data14.sends === undefined){
const err29 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/required",keyword:"required",params:{missingProperty: "sends"},message:"must have required property '"+"sends"+"'",schema:schema27.properties.evidence.properties.options.items.required,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14.measured === undefined){
const err30 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/required",keyword:"required",params:{missingProperty: "measured"},message:"must have required property '"+"measured"+"'",schema:schema27.properties.evidence.properties.options.items.required,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14.pBest === undefined){
const err31 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/required",keyword:"required",params:{missingProperty: "pBest"},message:"must have required property '"+"pBest"+"'",schema:schema27.properties.evidence.properties.options.items.required,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key2 in data14){
if(!((((((key2 === "option") || (key2 === "name")) || (key2 === "sends")) || (key2 === "measured")) || (key2 === "rate")) || (key2 === "pBest"))){
const err32 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.option !== undefined){
let data15 = data14.option;
if(typeof data15 !== "string"){
const err33 = {instancePath:instancePath+"/evidence/options/" + i0+"/option",schemaPath:"#/properties/evidence/properties/options/items/properties/option/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.evidence.properties.options.items.properties.option.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.option,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.name !== undefined){
let data16 = data14.name;
if(typeof data16 !== "string"){
const err34 = {instancePath:instancePath+"/evidence/options/" + i0+"/name",schemaPath:"#/properties/evidence/properties/options/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.evidence.properties.options.items.properties.name.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.name,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data14.sends !== undefined){
let data17 = data14.sends;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err35 = {instancePath:instancePath+"/evidence/options/" + i0+"/sends",schemaPath:"#/properties/evidence/properties/options/items/properties/sends/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.evidence.properties.options.items.properties.sends.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.sends,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err36 = {instancePath:instancePath+"/evidence/options/" + i0+"/sends",schemaPath:"#/properties/evidence/properties/options/items/properties/sends/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27.properties.evidence.properties.options.items.properties.sends,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data14.measured !== undefined){
let data18 = data14.measured;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err37 = {instancePath:instancePath+"/evidence/options/" + i0+"/measured",schemaPath:"#/properties/evidence/properties/options/items/properties/measured/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.evidence.properties.options.items.properties.measured.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.measured,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/evidence/options/" + i0+"/measured",schemaPath:"#/properties/evidence/properties/options/items/properties/measured/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27.properties.evidence.properties.options.items.properties.measured,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data14.rate !== undefined){
let data19 = data14.rate;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err39 = {instancePath:instancePath+"/evidence/options/" + i0+"/rate",schemaPath:"#/properties/evidence/properties/options/items/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.evidence.properties.options.items.properties.rate.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.rate,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.pBest !== undefined){
let data20 = data14.pBest;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1 || isNaN(data20)){
const err40 = {instancePath:instancePath+"/evidence/options/" + i0+"/pBest",schemaPath:"#/properties/evidence/properties/options/items/properties/pBest/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema27.properties.evidence.properties.options.items.properties.pBest,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err41 = {instancePath:instancePath+"/evidence/options/" + i0+"/pBest",schemaPath:"#/properties/evidence/properties/options/items/properties/pBest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27.properties.evidence.properties.options.items.properties.pBest,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/evidence/options/" + i0+"/pBest",schemaPath:"#/properties/evidence/properties/options/items/properties/pBest/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.evidence.properties.options.items.properties.pBest.type,parentSchema:schema27.properties.evidence.properties.options.items.properties.pBest,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/evidence/options/" + i0,schemaPath:"#/properties/evidence/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.evidence.properties.options.items.type,parentSchema:schema27.properties.evidence.properties.options.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/evidence/options",schemaPath:"#/properties/evidence/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.evidence.properties.options.type,parentSchema:schema27.properties.evidence.properties.options,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.evidence.type,parentSchema:schema27.properties.evidence,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

export const exception = validate21;
const schema28 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/exception.schema.json","title":"ExceptionItem","description":"marketing/exceptions/<id>.yaml: one item of the exception queue, waiting for a person.","type":"object","additionalProperties":false,"required":["id","type","severity","status","title","detail","raisedAt"],"properties":{"id":{"type":"string","pattern":"^[a-z-]+--[A-Za-z0-9@._-]+$","description":"<type>--<scope>, e.g. budget--weekly-blog@20261201T0800Z. Also the file name."},"type":{"enum":["guardrail","budget","anomaly","low-confidence","tamper","publish-failure","promotion-ready"],"description":"What kind of exception."},"severity":{"enum":["error","warning","info"],"description":"error blocks something until a person acts; warning asks for a look; info is for the record."},"status":{"enum":["open","resolved"],"description":"open until a person resolves it."},"title":{"type":"string","minLength":1,"description":"One line."},"detail":{"type":"string","description":"What happened, with the numbers, and what the person can do."},"cycle":{"type":"string","description":"The cycle it concerns, if any."},"workflow":{"type":"string","description":"The workflow it concerns, if any."},"raisedAt":{"type":"string","format":"date-time","description":"When it was raised."},"resolvedAt":{"type":"string","format":"date-time","description":"When it was resolved."},"resolvedBy":{"type":"string","description":"Who resolved it."},"resolution":{"type":"string","description":"What the person decided."}}};
const pattern6 = new RegExp("^[a-z-]+--[A-Za-z0-9@._-]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/exception.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.severity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.detail === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.raisedAt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "raisedAt"},message:"must have required property '"+"raisedAt"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z-]+--[A-Za-z0-9@._-]+$"},message:"must match pattern \""+"^[a-z-]+--[A-Za-z0-9@._-]+$"+"\"",schema:"^[a-z-]+--[A-Za-z0-9@._-]+$",parentSchema:schema28.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.id.type,parentSchema:schema28.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!(((((((data1 === "guardrail") || (data1 === "budget")) || (data1 === "anomaly")) || (data1 === "low-confidence")) || (data1 === "tamper")) || (data1 === "publish-failure")) || (data1 === "promotion-ready"))){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.type.enum,parentSchema:schema28.properties.type,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.severity !== undefined){
let data2 = data.severity;
if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "info"))){
const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema28.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.severity.enum,parentSchema:schema28.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(!((data3 === "open") || (data3 === "resolved"))){
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema28.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.status.enum,parentSchema:schema28.properties.status,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.title,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.title.type,parentSchema:schema28.properties.title,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.detail !== undefined){
let data5 = data.detail;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.detail.type,parentSchema:schema28.properties.detail,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cycle !== undefined){
let data6 = data.cycle;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/cycle",schemaPath:"#/properties/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.cycle.type,parentSchema:schema28.properties.cycle,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.workflow !== undefined){
let data7 = data.workflow;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.workflow.type,parentSchema:schema28.properties.workflow,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.raisedAt !== undefined){
let data8 = data.raisedAt;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err18 = {instancePath:instancePath+"/raisedAt",schemaPath:"#/properties/raisedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema28.properties.raisedAt,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/raisedAt",schemaPath:"#/properties/raisedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.raisedAt.type,parentSchema:schema28.properties.raisedAt,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.resolvedAt !== undefined){
let data9 = data.resolvedAt;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err20 = {instancePath:instancePath+"/resolvedAt",schemaPath:"#/properties/resolvedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema28.properties.resolvedAt,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/resolvedAt",schemaPath:"#/properties/resolvedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.resolvedAt.type,parentSchema:schema28.properties.resolvedAt,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.resolvedBy !== undefined){
let data10 = data.resolvedBy;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/resolvedBy",schemaPath:"#/properties/resolvedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.resolvedBy.type,parentSchema:schema28.properties.resolvedBy,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.resolution !== undefined){
let data11 = data.resolution;
if(typeof data11 !== "string"){
const err23 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.resolution.type,parentSchema:schema28.properties.resolution,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const guardrails = validate22;
const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/guardrails.schema.json","title":"Guardrails","description":"marketing/guardrails.yaml: the walls. The system may do anything inside them and nothing outside them.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Format version of this file. Write `version: 1`."},"paused":{"type":"boolean","description":"Kill switch: true stops generation and publishing; measuring and reporting go on. Default false."},"budget":{"type":"object","additionalProperties":false,"required":["currency"],"description":"Budget caps, in one currency. Spend is reserved when a cycle is planned and settled from measured spend.","properties":{"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code, e.g. EUR or USD."},"weekly":{"type":"number","minimum":0,"description":"Cap on spend per ISO week (strategy time zone)."},"monthly":{"type":"number","minimum":0,"description":"Cap on spend per calendar month."},"perWorkflow":{"type":"object","additionalProperties":{"type":"number","minimum":0},"description":"Monthly cap per workflow id."},"perCampaign":{"type":"object","additionalProperties":{"type":"number","minimum":0},"description":"Total cap per campaign id."},"requireApprovalAbove":{"type":"number","minimum":0,"description":"An item whose reserved spend is above this always needs a human merge, whatever its level."},"prices":{"type":"object","additionalProperties":false,"description":"Prices used for reservations.","properties":{"per1kTokens":{"type":"number","minimum":0,"description":"Price of 1,000 LLM tokens (input and output averaged)."}}}}},"voice":{"$ref":"voice-rules.schema.json"},"channels":{"type":"object","additionalProperties":false,"description":"Channel limits.","properties":{"allow":{"type":"array","items":{"type":"string"},"description":"Channel ids the system may publish to on its own. A channel not listed needs a human merge for every item."},"block":{"type":"array","items":{"type":"string"},"description":"Channel ids the system must never publish to."},"maxPerDay":{"type":"object","additionalProperties":{"type":"integer","minimum":0},"description":"Most items per channel per day (strategy time zone)."},"ceiling":{"type":"object","additionalProperties":{"enum":["L0","L1","L2","L3","L4","L5"]},"description":"Highest autonomy level any workflow may run at on this channel."},"blackouts":{"type":"array","description":"Windows in which nothing is published, in whole days of the strategy's time zone. Each entry blacks out every day its days, dates, ranges and holidays name, for its channels. No item is planned for a slot inside one, and an item already merged waits until it ends.","items":{"type":"object","additionalProperties":false,"properties":{"days":{"type":"array","items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]},"description":"Days of the week, e.g. [sun]."},"dates":{"type":"array","items":{"$ref":"#/definitions/blackoutDate"},"description":"Dates: YYYY-MM-DD for one day (\"2026-11-27\"), MM-DD for the same day every year (\"12-25\"; \"02-29\" only in leap years). Quote them in YAML. `loopcast validate` refuses a date that does not exist (\"02-30\")."},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/definitions/blackoutDate","description":"First day of the range, included."},"to":{"$ref":"#/definitions/blackoutDate","description":"Last day of the range, included."}}},"description":"Runs of days, both ends included: a summer closure every year ({from: \"08-01\", to: \"08-15\"}) or once ({from: \"2027-08-01\", to: \"2027-08-15\"}). Both ends have a year or neither has. A yearly range may cross New Year ({from: \"12-24\", to: \"01-02\"}); `loopcast validate` refuses a dated range whose from is after its to."},"holidays":{"type":"object","additionalProperties":false,"required":["country"],"description":"The public holidays of a country, or of one of its regions, as the date-holidays library knows them (substitute days included; names in English in the reason).","properties":{"country":{"type":"string","pattern":"^[A-Z]{2}$","description":"ISO 3166-1 alpha-2 country code in capitals, e.g. PT, DE, US or GB (not UK). `loopcast validate` refuses one date-holidays does not know."},"region":{"type":"string","minLength":1,"description":"A region's code as date-holidays lists it (its states: BY for Bavaria in DE, ENG for England in GB), for the region's own holidays as well as the country's. `loopcast validate` names the regions when it does not know one."}}},"channels":{"type":"array","items":{"type":"string"},"description":"Limit to these channel ids. Default: all."},"reason":{"type":"string","description":"Why, shown when an item is held back."}}}}}},"topics":{"type":"object","additionalProperties":false,"description":"Topic blockers: items that mention these always go to a human, whatever their level.","properties":{"blocked":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["reason"],"properties":{"term":{"type":"string","minLength":1,"description":"A word or phrase (case-insensitive, whole words)."},"pattern":{"type":"string","minLength":1,"description":"A JavaScript regular expression (case-insensitive)."},"reason":{"type":"string","minLength":1,"description":"Why a human must decide, e.g. 'pricing changes'."}},"oneOf":[{"required":["term"]},{"required":["pattern"]}]},"description":"Each entry is a term or a pattern, with the reason a person must decide."}}},"regenerate":{"type":"object","additionalProperties":false,"description":"Self-correction: how often a draft with error findings is rewritten with the findings as feedback.","properties":{"maxTries":{"type":"integer","minimum":0,"maximum":5,"description":"Extra tries before the cycle becomes an exception. Default 2."}}},"autonomy":{"type":"object","additionalProperties":false,"description":"Thresholds for earning autonomy; each has the default it names.","properties":{"minCycles":{"type":"integer","minimum":1,"description":"Reviewed cycles needed before promotion. Default 30."},"minApprovalRate":{"type":"number","minimum":0,"maximum":1,"description":"Share approved. Default 0.9."},"maxMedianEditRatio":{"type":"number","minimum":0,"maximum":1,"description":"Median edit ratio at most. Default 0.1."},"minBenchmarkMetRate":{"type":"number","minimum":0,"maximum":1,"description":"Share of judged items that met their benchmarks. Default 0.8."},"cooldown":{"type":"string","pattern":"^[1-9][0-9]*(m|h|d)$","description":"At most one promotion per this period. Default 7d."}}}},"definitions":{"blackoutDate":{"type":"string","pattern":"^(\\d{4}-)?\\d{2}-\\d{2}$","description":"A date: YYYY-MM-DD for one day, MM-DD for that day every year."}}};
const schema35 = {"type":"string","pattern":"^(\\d{4}-)?\\d{2}-\\d{2}$","description":"A date: YYYY-MM-DD for one day, MM-DD for that day every year."};
const pattern7 = new RegExp("^[A-Z]{3}$", "u");
const pattern9 = new RegExp("^(\\d{4}-)?\\d{2}-\\d{2}$", "u");
const pattern12 = new RegExp("^[A-Z]{2}$", "u");
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/voice-rules.schema.json","title":"VoiceRules","description":"Brand-voice rules: the `voice:` object of marketing/guardrails.yaml. Every rule is optional and a rule you leave out is not checked. Findings are reported with a rule id (loopcast.*), a severity and a line:column, in the manner of Vale. Only prose is checked: code spans, code blocks, URLs and link targets are skipped.","type":"object","additionalProperties":false,"properties":{"bannedTerms":{"description":"Words and phrases the brand never uses. Matched as whole words, case-insensitive unless caseSensitive is true; a space in a term matches any run of whitespace, including a line break. Reported as loopcast.banned-term.","type":"array","items":{"$ref":"#/definitions/bannedTerm"}},"requiredDisclosures":{"description":"Text that must appear in every item an entry names, by channel, by workflow or as a paid item (case-insensitive, whitespace-normalised, Markdown formatting ignored), such as an unsubscribe notice or an ad disclosure. A text several entries ask of one item is asked once. Reported as loopcast.disclosure: an error (or the entry's severity) when it is missing, a warning when it appears more than once.","type":"array","items":{"$ref":"#/definitions/requiredDisclosure"}},"readingGrade":{"description":"Upper limit on the Flesch-Kincaid grade level of the item's prose (US school grade; 8-9 reads easily for most adults). Reported as loopcast.reading-grade.","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"description":"Highest grade level allowed, for example 9.","type":"number","minimum":0},"minWords":{"description":"Items with fewer words of prose than this are not graded, since the formula means little on a few words. Default 30.","type":"integer","minimum":1,"default":30},"severity":{"description":"Severity of a finding. Default warning.","type":"string","enum":["error","warning","suggestion"],"default":"warning"}}},"length":{"description":"Length limits per channel id (for example mastodon, blog, newsletter), counted in user-perceived characters (grapheme clusters) of the whole body as written, Markdown included, without leading and trailing whitespace. Channels not listed have no limit. Reported as loopcast.length.","type":"object","propertyNames":{"description":"A channel id: letters, digits, - and _, starting with a letter or digit.","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/lengthLimit"}},"exclamations":{"description":"Most exclamation marks allowed in one item's prose. Reported as loopcast.exclamations, at the first mark over the limit.","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"description":"Most occurrences allowed in one item; 0 forbids them.","type":"integer","minimum":0},"severity":{"description":"Severity of a finding. Default warning.","type":"string","enum":["error","warning","suggestion"],"default":"warning"}}},"emoji":{"description":"Most emoji allowed in one item's prose. An emoji is a grapheme cluster shown as an emoji: an Extended_Pictographic character with emoji presentation (by default, through the U+FE0F selector, or from the emoji planes at U+1F000 and above), a keycap or a flag. Text symbols such as the copyright, registered and trade mark signs, arrows, or a heart without U+FE0F do not count. Reported as loopcast.emoji, at the first emoji over the limit.","type":"object","additionalProperties":false,"required":["max"],"properties":{"max":{"description":"Most occurrences allowed in one item; 0 forbids them.","type":"integer","minimum":0},"severity":{"description":"Severity of a finding. Default warning.","type":"string","enum":["error","warning","suggestion"],"default":"warning"}}},"brandNames":{"description":"Names whose capitalisation must match exactly (\"github\" is reported and \"GitHub\" suggested). A plain string has severity warning; give {name, severity} to change it. Occurrences in URLs, e-mail addresses and domain names are not checked. Reported as loopcast.brand-name.","type":"array","items":{"anyOf":[{"description":"The name exactly as it must be written; severity warning.","type":"string","minLength":1},{"$ref":"#/definitions/brandName"}]}},"passiveVoice":{"description":"Flag passive voice (retext-passive), for example \"is written\". Default off. Reported as loopcast.passive-voice.","anyOf":[{"description":"off disables the passive-voice check; otherwise the severity its findings get.","type":"string","enum":["off","suggestion","warning","error"]},{"description":"The passive-voice check's level plus phrases not to report.","type":"object","additionalProperties":false,"required":["level"],"properties":{"level":{"description":"off disables the passive-voice check; otherwise the severity its findings get.","type":"string","enum":["off","suggestion","warning","error"]},"ignore":{"description":"Phrases not to report, as the plugin lists them (lower case), for example [\"request\"] so that \"pull request\" is not flagged.","type":"array","items":{"description":"A phrase not to report.","type":"string","minLength":1}}}}]},"jargon":{"description":"Flag complex words and phrases that have simpler alternatives (retext-simplify), for example \"utilize\" -> \"use\". Default off. Reported as loopcast.jargon.","anyOf":[{"description":"off disables the jargon check; otherwise the severity its findings get.","type":"string","enum":["off","suggestion","warning","error"]},{"description":"The jargon check's level plus phrases not to report.","type":"object","additionalProperties":false,"required":["level"],"properties":{"level":{"description":"off disables the jargon check; otherwise the severity its findings get.","type":"string","enum":["off","suggestion","warning","error"]},"ignore":{"description":"Phrases not to report, as the plugin lists them (lower case), for example [\"request\"] so that \"pull request\" is not flagged.","type":"array","items":{"description":"A phrase not to report.","type":"string","minLength":1}}}}]}},"definitions":{"bannedTerm":{"title":"BannedTerm","description":"One banned word or phrase.","type":"object","additionalProperties":false,"required":["term"],"properties":{"term":{"description":"The word or phrase to avoid, for example \"revolutionary\" or \"best in class\".","type":"string","minLength":1},"replacement":{"description":"What to write instead; shown in the message (Use \"new\" instead of \"revolutionary\".). Leave it out when the term should simply be dropped or rephrased.","type":"string"},"caseSensitive":{"description":"Match the term's capitalisation exactly. Default false.","type":"boolean","default":false},"severity":{"description":"Severity of a finding. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}}},"requiredDisclosure":{"title":"RequiredDisclosure","description":"Text that some items must contain. The entry says which with channels, workflows or paid: true; when it names more than one, an item must match all of them (channels: [mastodon] with paid: true means paid Mastodon posts).","type":"object","additionalProperties":false,"required":["text"],"not":{"description":"A required disclosure needs channels, workflows or paid: true, to say which items must carry it.","properties":{"channels":false,"workflows":false,"paid":false}},"properties":{"channels":{"description":"Channel ids whose items must contain the text, for example [newsletter].","type":"array","minItems":1,"items":{"description":"A channel id.","type":"string","minLength":1}},"workflows":{"description":"Workflow ids whose items must contain the text, for example [summer-promo].","type":"array","minItems":1,"items":{"description":"A workflow id.","type":"string","minLength":1}},"paid":{"description":"true: items that cost money, i.e. of a workflow whose costPerItem is above 0 (a boosted post, a paid send), for example with text \"#ad\".","const":true},"text":{"description":"The text that must appear; compared case-insensitively, with runs of whitespace and curly/straight quotes treated as equal.","type":"string","minLength":1},"severity":{"description":"Severity of a missing disclosure. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}}},"lengthLimit":{"title":"LengthLimit","description":"Length bounds of one channel's items, in grapheme clusters; give min, max or both.","type":"object","additionalProperties":false,"properties":{"min":{"description":"Fewest characters allowed.","type":"integer","minimum":0},"max":{"description":"Most characters allowed.","type":"integer","minimum":1},"severity":{"description":"Severity of a finding. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}},"not":{"description":"A length limit needs min, max or both.","properties":{"min":false,"max":false}}},"brandName":{"title":"BrandName","description":"A brand name with its own severity.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The name exactly as it must be written, for example GitHub.","type":"string","minLength":1},"severity":{"description":"Severity of a wrongly capitalised name. Default warning.","type":"string","enum":["error","warning","suggestion"],"default":"warning"}}}}};
const schema31 = {"title":"BannedTerm","description":"One banned word or phrase.","type":"object","additionalProperties":false,"required":["term"],"properties":{"term":{"description":"The word or phrase to avoid, for example \"revolutionary\" or \"best in class\".","type":"string","minLength":1},"replacement":{"description":"What to write instead; shown in the message (Use \"new\" instead of \"revolutionary\".). Leave it out when the term should simply be dropped or rephrased.","type":"string"},"caseSensitive":{"description":"Match the term's capitalisation exactly. Default false.","type":"boolean","default":false},"severity":{"description":"Severity of a finding. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}}};
const schema32 = {"title":"RequiredDisclosure","description":"Text that some items must contain. The entry says which with channels, workflows or paid: true; when it names more than one, an item must match all of them (channels: [mastodon] with paid: true means paid Mastodon posts).","type":"object","additionalProperties":false,"required":["text"],"not":{"description":"A required disclosure needs channels, workflows or paid: true, to say which items must carry it.","properties":{"channels":false,"workflows":false,"paid":false}},"properties":{"channels":{"description":"Channel ids whose items must contain the text, for example [newsletter].","type":"array","minItems":1,"items":{"description":"A channel id.","type":"string","minLength":1}},"workflows":{"description":"Workflow ids whose items must contain the text, for example [summer-promo].","type":"array","minItems":1,"items":{"description":"A workflow id.","type":"string","minLength":1}},"paid":{"description":"true: items that cost money, i.e. of a workflow whose costPerItem is above 0 (a boosted post, a paid send), for example with text \"#ad\".","const":true},"text":{"description":"The text that must appear; compared case-insensitively, with runs of whitespace and curly/straight quotes treated as equal.","type":"string","minLength":1},"severity":{"description":"Severity of a missing disclosure. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}}};
const schema33 = {"title":"LengthLimit","description":"Length bounds of one channel's items, in grapheme clusters; give min, max or both.","type":"object","additionalProperties":false,"properties":{"min":{"description":"Fewest characters allowed.","type":"integer","minimum":0},"max":{"description":"Most characters allowed.","type":"integer","minimum":1},"severity":{"description":"Severity of a finding. Default error.","type":"string","enum":["error","warning","suggestion"],"default":"error"}},"not":{"description":"A length limit needs min, max or both.","properties":{"min":false,"max":false}}};
const schema34 = {"title":"BrandName","description":"A brand name with its own severity.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The name exactly as it must be written, for example GitHub.","type":"string","minLength":1},"severity":{"description":"Severity of a wrongly capitalised name. Default warning.","type":"string","enum":["error","warning","suggestion"],"default":"warning"}}};
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/voice-rules.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema30.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bannedTerms !== undefined){
let data0 = data.bannedTerms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.term === undefined){
const err1 = {instancePath:instancePath+"/bannedTerms/" + i0,schemaPath:"#/definitions/bannedTerm/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema31.required,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "term") || (key1 === "replacement")) || (key1 === "caseSensitive")) || (key1 === "severity"))){
const err2 = {instancePath:instancePath+"/bannedTerms/" + i0,schemaPath:"#/definitions/bannedTerm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.term !== undefined){
let data2 = data1.term;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err3 = {instancePath:instancePath+"/bannedTerms/" + i0+"/term",schemaPath:"#/definitions/bannedTerm/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.term,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/bannedTerms/" + i0+"/term",schemaPath:"#/definitions/bannedTerm/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.term.type,parentSchema:schema31.properties.term,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.replacement !== undefined){
let data3 = data1.replacement;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/bannedTerms/" + i0+"/replacement",schemaPath:"#/definitions/bannedTerm/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.replacement.type,parentSchema:schema31.properties.replacement,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.caseSensitive !== undefined){
let data4 = data1.caseSensitive;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/bannedTerms/" + i0+"/caseSensitive",schemaPath:"#/definitions/bannedTerm/properties/caseSensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.caseSensitive.type,parentSchema:schema31.properties.caseSensitive,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.severity !== undefined){
let data5 = data1.severity;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/bannedTerms/" + i0+"/severity",schemaPath:"#/definitions/bannedTerm/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "suggestion"))){
const err8 = {instancePath:instancePath+"/bannedTerms/" + i0+"/severity",schemaPath:"#/definitions/bannedTerm/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/bannedTerms/" + i0,schemaPath:"#/definitions/bannedTerm/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/bannedTerms",schemaPath:"#/properties/bannedTerms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.bannedTerms.type,parentSchema:schema30.properties.bannedTerms,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.requiredDisclosures !== undefined){
let data6 = data.requiredDisclosures;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs21 = errors;
const _errs22 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.channels !== undefined){
var valid9 = false;
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
var valid9 = true;
}
if(valid9){
if(data7.workflows !== undefined){
var valid9 = false;
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
var valid9 = true;
}
if(valid9){
if(data7.paid !== undefined){
var valid9 = false;
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
var valid9 = true;
}
}
}
}
var valid8 = _errs22 === errors;
if(valid8){
const err14 = {instancePath:instancePath+"/requiredDisclosures/" + i1,schemaPath:"#/definitions/requiredDisclosure/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema32.not,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.text === undefined){
const err15 = {instancePath:instancePath+"/requiredDisclosures/" + i1,schemaPath:"#/definitions/requiredDisclosure/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema32.required,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data7){
if(!(((((key2 === "channels") || (key2 === "workflows")) || (key2 === "paid")) || (key2 === "text")) || (key2 === "severity"))){
const err16 = {instancePath:instancePath+"/requiredDisclosures/" + i1,schemaPath:"#/definitions/requiredDisclosure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.channels !== undefined){
let data11 = data7.channels;
if(Array.isArray(data11)){
if(data11.length < 1){
const err17 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/channels",schemaPath:"#/definitions/requiredDisclosure/properties/channels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.channels,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func5(data12) < 1){
const err18 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/channels/" + i2,schemaPath:"#/definitions/requiredDisclosure/properties/channels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.channels.items,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/channels/" + i2,schemaPath:"#/definitions/requiredDisclosure/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.channels.items.type,parentSchema:schema32.properties.channels.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/channels",schemaPath:"#/definitions/requiredDisclosure/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.channels.type,parentSchema:schema32.properties.channels,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.workflows !== undefined){
let data13 = data7.workflows;
if(Array.isArray(data13)){
if(data13.length < 1){
const err21 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/workflows",schemaPath:"#/definitions/requiredDisclosure/properties/workflows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.workflows,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if(typeof data14 === "string"){
if(func5(data14) < 1){
const err22 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/workflows/" + i3,schemaPath:"#/definitions/requiredDisclosure/properties/workflows/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.workflows.items,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/workflows/" + i3,schemaPath:"#/definitions/requiredDisclosure/properties/workflows/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.workflows.items.type,parentSchema:schema32.properties.workflows.items,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/workflows",schemaPath:"#/definitions/requiredDisclosure/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.workflows.type,parentSchema:schema32.properties.workflows,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.paid !== undefined){
let data15 = data7.paid;
if(true !== data15){
const err25 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/paid",schemaPath:"#/definitions/requiredDisclosure/properties/paid/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema32.properties.paid,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.text !== undefined){
let data16 = data7.text;
if(typeof data16 === "string"){
if(func5(data16) < 1){
const err26 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/text",schemaPath:"#/definitions/requiredDisclosure/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.text,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/text",schemaPath:"#/definitions/requiredDisclosure/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.text.type,parentSchema:schema32.properties.text,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.severity !== undefined){
let data17 = data7.severity;
if(typeof data17 !== "string"){
const err28 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/severity",schemaPath:"#/definitions/requiredDisclosure/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.severity.type,parentSchema:schema32.properties.severity,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data17 === "error") || (data17 === "warning")) || (data17 === "suggestion"))){
const err29 = {instancePath:instancePath+"/requiredDisclosures/" + i1+"/severity",schemaPath:"#/definitions/requiredDisclosure/properties/severity/enum",keyword:"enum",params:{allowedValues: schema32.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.severity.enum,parentSchema:schema32.properties.severity,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/requiredDisclosures/" + i1,schemaPath:"#/definitions/requiredDisclosure/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/requiredDisclosures",schemaPath:"#/properties/requiredDisclosures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.requiredDisclosures.type,parentSchema:schema30.properties.requiredDisclosures,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.readingGrade !== undefined){
let data18 = data.readingGrade;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.max === undefined){
const err32 = {instancePath:instancePath+"/readingGrade",schemaPath:"#/properties/readingGrade/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema30.properties.readingGrade.required,parentSchema:schema30.properties.readingGrade,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data18){
if(!(((key3 === "max") || (key3 === "minWords")) || (key3 === "severity"))){
const err33 = {instancePath:instancePath+"/readingGrade",schemaPath:"#/properties/readingGrade/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.readingGrade,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data18.max !== undefined){
let data19 = data18.max;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err34 = {instancePath:instancePath+"/readingGrade/max",schemaPath:"#/properties/readingGrade/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.readingGrade.properties.max,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/readingGrade/max",schemaPath:"#/properties/readingGrade/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.readingGrade.properties.max.type,parentSchema:schema30.properties.readingGrade.properties.max,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data18.minWords !== undefined){
let data20 = data18.minWords;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err36 = {instancePath:instancePath+"/readingGrade/minWords",schemaPath:"#/properties/readingGrade/properties/minWords/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.readingGrade.properties.minWords.type,parentSchema:schema30.properties.readingGrade.properties.minWords,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err37 = {instancePath:instancePath+"/readingGrade/minWords",schemaPath:"#/properties/readingGrade/properties/minWords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema30.properties.readingGrade.properties.minWords,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data18.severity !== undefined){
let data21 = data18.severity;
if(typeof data21 !== "string"){
const err38 = {instancePath:instancePath+"/readingGrade/severity",schemaPath:"#/properties/readingGrade/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.readingGrade.properties.severity.type,parentSchema:schema30.properties.readingGrade.properties.severity,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data21 === "error") || (data21 === "warning")) || (data21 === "suggestion"))){
const err39 = {instancePath:instancePath+"/readingGrade/severity",schemaPath:"#/properties/readingGrade/properties/severity/enum",keyword:"enum",params:{allowedValues: schema30.properties.readingGrade.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.readingGrade.properties.severity.enum,parentSchema:schema30.properties.readingGrade.properties.severity,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/readingGrade",schemaPath:"#/properties/readingGrade/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.readingGrade.type,parentSchema:schema30.properties.readingGrade,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.length !== undefined){
let data22 = data.length;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
const _errs48 = errors;
if(typeof key4 === "string"){
if(!pattern8.test(key4)){
const err41 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema30.properties.length.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var valid16 = _errs48 === errors;
if(!valid16){
const err42 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema30.properties.length.propertyNames,parentSchema:schema30.properties.length,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key5 in data22){
let data23 = data22[key5];
const _errs53 = errors;
const _errs54 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.min !== undefined){
var valid20 = false;
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
var valid20 = true;
}
if(valid20){
if(data23.max !== undefined){
var valid20 = false;
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
var valid20 = true;
}
}
}
var valid19 = _errs54 === errors;
if(valid19){
const err45 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/lengthLimit/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema33.not,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key6 in data23){
if(!(((key6 === "min") || (key6 === "max")) || (key6 === "severity"))){
const err46 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/lengthLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.min !== undefined){
let data26 = data23.min;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err47 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/lengthLimit/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.min.type,parentSchema:schema33.properties.min,data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err48 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/lengthLimit/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.min,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data23.max !== undefined){
let data27 = data23.max;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err49 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/lengthLimit/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.max.type,parentSchema:schema33.properties.max,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err50 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/lengthLimit/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.properties.max,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data23.severity !== undefined){
let data28 = data23.severity;
if(typeof data28 !== "string"){
const err51 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/severity",schemaPath:"#/definitions/lengthLimit/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.severity.type,parentSchema:schema33.properties.severity,data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!(((data28 === "error") || (data28 === "warning")) || (data28 === "suggestion"))){
const err52 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/severity",schemaPath:"#/definitions/lengthLimit/properties/severity/enum",keyword:"enum",params:{allowedValues: schema33.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.severity.enum,parentSchema:schema33.properties.severity,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/length/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/lengthLimit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.length.type,parentSchema:schema30.properties.length,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.exclamations !== undefined){
let data29 = data.exclamations;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.max === undefined){
const err55 = {instancePath:instancePath+"/exclamations",schemaPath:"#/properties/exclamations/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema30.properties.exclamations.required,parentSchema:schema30.properties.exclamations,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key7 in data29){
if(!((key7 === "max") || (key7 === "severity"))){
const err56 = {instancePath:instancePath+"/exclamations",schemaPath:"#/properties/exclamations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.exclamations,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data29.max !== undefined){
let data30 = data29.max;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err57 = {instancePath:instancePath+"/exclamations/max",schemaPath:"#/properties/exclamations/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.exclamations.properties.max.type,parentSchema:schema30.properties.exclamations.properties.max,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err58 = {instancePath:instancePath+"/exclamations/max",schemaPath:"#/properties/exclamations/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.exclamations.properties.max,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data29.severity !== undefined){
let data31 = data29.severity;
if(typeof data31 !== "string"){
const err59 = {instancePath:instancePath+"/exclamations/severity",schemaPath:"#/properties/exclamations/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.exclamations.properties.severity.type,parentSchema:schema30.properties.exclamations.properties.severity,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!(((data31 === "error") || (data31 === "warning")) || (data31 === "suggestion"))){
const err60 = {instancePath:instancePath+"/exclamations/severity",schemaPath:"#/properties/exclamations/properties/severity/enum",keyword:"enum",params:{allowedValues: schema30.properties.exclamations.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.exclamations.properties.severity.enum,parentSchema:schema30.properties.exclamations.properties.severity,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/exclamations",schemaPath:"#/properties/exclamations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.exclamations.type,parentSchema:schema30.properties.exclamations,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.emoji !== undefined){
let data32 = data.emoji;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.max === undefined){
const err62 = {instancePath:instancePath+"/emoji",schemaPath:"#/properties/emoji/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema30.properties.emoji.required,parentSchema:schema30.properties.emoji,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key8 in data32){
if(!((key8 === "max") || (key8 === "severity"))){
const err63 = {instancePath:instancePath+"/emoji",schemaPath:"#/properties/emoji/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.emoji,data:data32};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data32.max !== undefined){
let data33 = data32.max;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err64 = {instancePath:instancePath+"/emoji/max",schemaPath:"#/properties/emoji/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.emoji.properties.max.type,parentSchema:schema30.properties.emoji.properties.max,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err65 = {instancePath:instancePath+"/emoji/max",schemaPath:"#/properties/emoji/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.emoji.properties.max,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data32.severity !== undefined){
let data34 = data32.severity;
if(typeof data34 !== "string"){
const err66 = {instancePath:instancePath+"/emoji/severity",schemaPath:"#/properties/emoji/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.emoji.properties.severity.type,parentSchema:schema30.properties.emoji.properties.severity,data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!(((data34 === "error") || (data34 === "warning")) || (data34 === "suggestion"))){
const err67 = {instancePath:instancePath+"/emoji/severity",schemaPath:"#/properties/emoji/properties/severity/enum",keyword:"enum",params:{allowedValues: schema30.properties.emoji.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.emoji.properties.severity.enum,parentSchema:schema30.properties.emoji.properties.severity,data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/emoji",schemaPath:"#/properties/emoji/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.emoji.type,parentSchema:schema30.properties.emoji,data:data32};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.brandNames !== undefined){
let data35 = data.brandNames;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i4=0; i4<len4; i4++){
let data36 = data35[i4];
const _errs79 = errors;
let valid26 = false;
const _errs80 = errors;
if(typeof data36 === "string"){
if(func5(data36) < 1){
const err69 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/properties/brandNames/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.brandNames.items.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/properties/brandNames/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.brandNames.items.anyOf[0].type,parentSchema:schema30.properties.brandNames.items.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid0 = _errs80 === errors;
valid26 = valid26 || _valid0;
if(!valid26){
const _errs82 = errors;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.name === undefined){
const err71 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/definitions/brandName/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data:data36};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key9 in data36){
if(!((key9 === "name") || (key9 === "severity"))){
const err72 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/definitions/brandName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data36.name !== undefined){
let data37 = data36.name;
if(typeof data37 === "string"){
if(func5(data37) < 1){
const err73 = {instancePath:instancePath+"/brandNames/" + i4+"/name",schemaPath:"#/definitions/brandName/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.name,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/brandNames/" + i4+"/name",schemaPath:"#/definitions/brandName/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data37};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data36.severity !== undefined){
let data38 = data36.severity;
if(typeof data38 !== "string"){
const err75 = {instancePath:instancePath+"/brandNames/" + i4+"/severity",schemaPath:"#/definitions/brandName/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.severity.type,parentSchema:schema34.properties.severity,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(((data38 === "error") || (data38 === "warning")) || (data38 === "suggestion"))){
const err76 = {instancePath:instancePath+"/brandNames/" + i4+"/severity",schemaPath:"#/definitions/brandName/properties/severity/enum",keyword:"enum",params:{allowedValues: schema34.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.severity.enum,parentSchema:schema34.properties.severity,data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/definitions/brandName/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid0 = _errs82 === errors;
valid26 = valid26 || _valid0;
}
if(!valid26){
const err78 = {instancePath:instancePath+"/brandNames/" + i4,schemaPath:"#/properties/brandNames/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.properties.brandNames.items.anyOf,parentSchema:schema30.properties.brandNames.items,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/brandNames",schemaPath:"#/properties/brandNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.brandNames.type,parentSchema:schema30.properties.brandNames,data:data35};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.passiveVoice !== undefined){
let data39 = data.passiveVoice;
const _errs91 = errors;
let valid29 = false;
const _errs92 = errors;
if(typeof data39 !== "string"){
const err80 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.passiveVoice.anyOf[0].type,parentSchema:schema30.properties.passiveVoice.anyOf[0],data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((((data39 === "off") || (data39 === "suggestion")) || (data39 === "warning")) || (data39 === "error"))){
const err81 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema30.properties.passiveVoice.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema30.properties.passiveVoice.anyOf[0].enum,parentSchema:schema30.properties.passiveVoice.anyOf[0],data:data39};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid1 = _errs92 === errors;
valid29 = valid29 || _valid1;
if(!valid29){
const _errs94 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.level === undefined){
const err82 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf/1/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema30.properties.passiveVoice.anyOf[1].required,parentSchema:schema30.properties.passiveVoice.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key10 in data39){
if(!((key10 === "level") || (key10 === "ignore"))){
const err83 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.passiveVoice.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data39.level !== undefined){
let data40 = data39.level;
if(typeof data40 !== "string"){
const err84 = {instancePath:instancePath+"/passiveVoice/level",schemaPath:"#/properties/passiveVoice/anyOf/1/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.passiveVoice.anyOf[1].properties.level.type,parentSchema:schema30.properties.passiveVoice.anyOf[1].properties.level,data:data40};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!((((data40 === "off") || (data40 === "suggestion")) || (data40 === "warning")) || (data40 === "error"))){
const err85 = {instancePath:instancePath+"/passiveVoice/level",schemaPath:"#/properties/passiveVoice/anyOf/1/properties/level/enum",keyword:"enum",params:{allowedValues: schema30.properties.passiveVoice.anyOf[1].properties.level.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.passiveVoice.anyOf[1].properties.level.enum,parentSchema:schema30.properties.passiveVoice.anyOf[1].properties.level,data:data40};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data39.ignore !== undefined){
let data41 = data39.ignore;
if(Array.isArray(data41)){
const len5 = data41.length;
for(let i5=0; i5<len5; i5++){
let data42 = data41[i5];
if(typeof data42 === "string"){
if(func5(data42) < 1){
const err86 = {instancePath:instancePath+"/passiveVoice/ignore/" + i5,schemaPath:"#/properties/passiveVoice/anyOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.passiveVoice.anyOf[1].properties.ignore.items,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/passiveVoice/ignore/" + i5,schemaPath:"#/properties/passiveVoice/anyOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.passiveVoice.anyOf[1].properties.ignore.items.type,parentSchema:schema30.properties.passiveVoice.anyOf[1].properties.ignore.items,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/passiveVoice/ignore",schemaPath:"#/properties/passiveVoice/anyOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.passiveVoice.anyOf[1].properties.ignore.type,parentSchema:schema30.properties.passiveVoice.anyOf[1].properties.ignore,data:data41};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.passiveVoice.anyOf[1].type,parentSchema:schema30.properties.passiveVoice.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid1 = _errs94 === errors;
valid29 = valid29 || _valid1;
}
if(!valid29){
const err90 = {instancePath:instancePath+"/passiveVoice",schemaPath:"#/properties/passiveVoice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.properties.passiveVoice.anyOf,parentSchema:schema30.properties.passiveVoice,data:data39};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
if(data.jargon !== undefined){
let data43 = data.jargon;
const _errs104 = errors;
let valid33 = false;
const _errs105 = errors;
if(typeof data43 !== "string"){
const err91 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.jargon.anyOf[0].type,parentSchema:schema30.properties.jargon.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!((((data43 === "off") || (data43 === "suggestion")) || (data43 === "warning")) || (data43 === "error"))){
const err92 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema30.properties.jargon.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema30.properties.jargon.anyOf[0].enum,parentSchema:schema30.properties.jargon.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid2 = _errs105 === errors;
valid33 = valid33 || _valid2;
if(!valid33){
const _errs107 = errors;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.level === undefined){
const err93 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf/1/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema30.properties.jargon.anyOf[1].required,parentSchema:schema30.properties.jargon.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key11 in data43){
if(!((key11 === "level") || (key11 === "ignore"))){
const err94 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema30.properties.jargon.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data43.level !== undefined){
let data44 = data43.level;
if(typeof data44 !== "string"){
const err95 = {instancePath:instancePath+"/jargon/level",schemaPath:"#/properties/jargon/anyOf/1/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.jargon.anyOf[1].properties.level.type,parentSchema:schema30.properties.jargon.anyOf[1].properties.level,data:data44};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((((data44 === "off") || (data44 === "suggestion")) || (data44 === "warning")) || (data44 === "error"))){
const err96 = {instancePath:instancePath+"/jargon/level",schemaPath:"#/properties/jargon/anyOf/1/properties/level/enum",keyword:"enum",params:{allowedValues: schema30.properties.jargon.anyOf[1].properties.level.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.jargon.anyOf[1].properties.level.enum,parentSchema:schema30.properties.jargon.anyOf[1].properties.level,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data43.ignore !== undefined){
let data45 = data43.ignore;
if(Array.isArray(data45)){
const len6 = data45.length;
for(let i6=0; i6<len6; i6++){
let data46 = data45[i6];
if(typeof data46 === "string"){
if(func5(data46) < 1){
const err97 = {instancePath:instancePath+"/jargon/ignore/" + i6,schemaPath:"#/properties/jargon/anyOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.jargon.anyOf[1].properties.ignore.items,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/jargon/ignore/" + i6,schemaPath:"#/properties/jargon/anyOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.jargon.anyOf[1].properties.ignore.items.type,parentSchema:schema30.properties.jargon.anyOf[1].properties.ignore.items,data:data46};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/jargon/ignore",schemaPath:"#/properties/jargon/anyOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.jargon.anyOf[1].properties.ignore.type,parentSchema:schema30.properties.jargon.anyOf[1].properties.ignore,data:data45};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.jargon.anyOf[1].type,parentSchema:schema30.properties.jargon.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid2 = _errs107 === errors;
valid33 = valid33 || _valid2;
}
if(!valid33){
const err101 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.properties.jargon.anyOf,parentSchema:schema30.properties.jargon,data:data43};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err102 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/guardrails.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "paused")) || (key0 === "budget")) || (key0 === "voice")) || (key0 === "channels")) || (key0 === "topics")) || (key0 === "regenerate")) || (key0 === "autonomy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema29.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.paused !== undefined){
let data1 = data.paused;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/paused",schemaPath:"#/properties/paused/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.paused.type,parentSchema:schema29.properties.paused,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.budget !== undefined){
let data2 = data.budget;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.currency === undefined){
const err4 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'",schema:schema29.properties.budget.required,parentSchema:schema29.properties.budget,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data2){
if(!(((((((key1 === "currency") || (key1 === "weekly")) || (key1 === "monthly")) || (key1 === "perWorkflow")) || (key1 === "perCampaign")) || (key1 === "requireApprovalAbove")) || (key1 === "prices"))){
const err5 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.budget,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.currency !== undefined){
let data3 = data2.currency;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err6 = {instancePath:instancePath+"/budget/currency",schemaPath:"#/properties/budget/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema29.properties.budget.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/budget/currency",schemaPath:"#/properties/budget/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.budget.properties.currency.type,parentSchema:schema29.properties.budget.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.weekly !== undefined){
let data4 = data2.weekly;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/budget/weekly",schemaPath:"#/properties/budget/properties/weekly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.weekly,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/budget/weekly",schemaPath:"#/properties/budget/properties/weekly/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.weekly.type,parentSchema:schema29.properties.budget.properties.weekly,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.monthly !== undefined){
let data5 = data2.monthly;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/budget/monthly",schemaPath:"#/properties/budget/properties/monthly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.monthly,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/budget/monthly",schemaPath:"#/properties/budget/properties/monthly/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.monthly.type,parentSchema:schema29.properties.budget.properties.monthly,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.perWorkflow !== undefined){
let data6 = data2.perWorkflow;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/budget/perWorkflow/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/budget/properties/perWorkflow/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.perWorkflow.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/budget/perWorkflow/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/budget/properties/perWorkflow/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.perWorkflow.additionalProperties.type,parentSchema:schema29.properties.budget.properties.perWorkflow.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/budget/perWorkflow",schemaPath:"#/properties/budget/properties/perWorkflow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.budget.properties.perWorkflow.type,parentSchema:schema29.properties.budget.properties.perWorkflow,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.perCampaign !== undefined){
let data8 = data2.perCampaign;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/budget/perCampaign/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/budget/properties/perCampaign/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.perCampaign.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/budget/perCampaign/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/budget/properties/perCampaign/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.perCampaign.additionalProperties.type,parentSchema:schema29.properties.budget.properties.perCampaign.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/budget/perCampaign",schemaPath:"#/properties/budget/properties/perCampaign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.budget.properties.perCampaign.type,parentSchema:schema29.properties.budget.properties.perCampaign,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.requireApprovalAbove !== undefined){
let data10 = data2.requireApprovalAbove;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/budget/requireApprovalAbove",schemaPath:"#/properties/budget/properties/requireApprovalAbove/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.requireApprovalAbove,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/budget/requireApprovalAbove",schemaPath:"#/properties/budget/properties/requireApprovalAbove/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.requireApprovalAbove.type,parentSchema:schema29.properties.budget.properties.requireApprovalAbove,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.prices !== undefined){
let data11 = data2.prices;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!(key4 === "per1kTokens")){
const err20 = {instancePath:instancePath+"/budget/prices",schemaPath:"#/properties/budget/properties/prices/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.budget.properties.prices,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.per1kTokens !== undefined){
let data12 = data11.per1kTokens;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/budget/prices/per1kTokens",schemaPath:"#/properties/budget/properties/prices/properties/per1kTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.budget.properties.prices.properties.per1kTokens,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/budget/prices/per1kTokens",schemaPath:"#/properties/budget/properties/prices/properties/per1kTokens/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.budget.properties.prices.properties.per1kTokens.type,parentSchema:schema29.properties.budget.properties.prices.properties.per1kTokens,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/budget/prices",schemaPath:"#/properties/budget/properties/prices/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.budget.properties.prices.type,parentSchema:schema29.properties.budget.properties.prices,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.budget.type,parentSchema:schema29.properties.budget,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.voice !== undefined){
if(!(validate23(data.voice, {instancePath:instancePath+"/voice",parentData:data,parentDataProperty:"voice",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.channels !== undefined){
let data14 = data.channels;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
if(!(((((key5 === "allow") || (key5 === "block")) || (key5 === "maxPerDay")) || (key5 === "ceiling")) || (key5 === "blackouts"))){
const err25 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.channels,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data14.allow !== undefined){
let data15 = data14.allow;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 !== "string"){
const err26 = {instancePath:instancePath+"/channels/allow/" + i0,schemaPath:"#/properties/channels/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.allow.items.type,parentSchema:schema29.properties.channels.properties.allow.items,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/channels/allow",schemaPath:"#/properties/channels/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.allow.type,parentSchema:schema29.properties.channels.properties.allow,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.block !== undefined){
let data17 = data14.block;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(typeof data18 !== "string"){
const err28 = {instancePath:instancePath+"/channels/block/" + i1,schemaPath:"#/properties/channels/properties/block/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.block.items.type,parentSchema:schema29.properties.channels.properties.block.items,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/channels/block",schemaPath:"#/properties/channels/properties/block/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.block.type,parentSchema:schema29.properties.channels.properties.block,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.maxPerDay !== undefined){
let data19 = data14.maxPerDay;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
let data20 = data19[key6];
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err30 = {instancePath:instancePath+"/channels/maxPerDay/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/channels/properties/maxPerDay/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.channels.properties.maxPerDay.additionalProperties.type,parentSchema:schema29.properties.channels.properties.maxPerDay.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err31 = {instancePath:instancePath+"/channels/maxPerDay/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/channels/properties/maxPerDay/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.channels.properties.maxPerDay.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/channels/maxPerDay",schemaPath:"#/properties/channels/properties/maxPerDay/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.properties.maxPerDay.type,parentSchema:schema29.properties.channels.properties.maxPerDay,data:data19};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.ceiling !== undefined){
let data21 = data14.ceiling;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key7 in data21){
let data22 = data21[key7];
if(!((((((data22 === "L0") || (data22 === "L1")) || (data22 === "L2")) || (data22 === "L3")) || (data22 === "L4")) || (data22 === "L5"))){
const err33 = {instancePath:instancePath+"/channels/ceiling/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/channels/properties/ceiling/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema29.properties.channels.properties.ceiling.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.channels.properties.ceiling.additionalProperties.enum,parentSchema:schema29.properties.channels.properties.ceiling.additionalProperties,data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/channels/ceiling",schemaPath:"#/properties/channels/properties/ceiling/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.properties.ceiling.type,parentSchema:schema29.properties.channels.properties.ceiling,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data14.blackouts !== undefined){
let data23 = data14.blackouts;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key8 in data24){
if(!((((((key8 === "days") || (key8 === "dates")) || (key8 === "ranges")) || (key8 === "holidays")) || (key8 === "channels")) || (key8 === "reason"))){
const err35 = {instancePath:instancePath+"/channels/blackouts/" + i2,schemaPath:"#/properties/channels/properties/blackouts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.channels.properties.blackouts.items,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data24.days !== undefined){
let data25 = data24.days;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(!(((((((data26 === "mon") || (data26 === "tue")) || (data26 === "wed")) || (data26 === "thu")) || (data26 === "fri")) || (data26 === "sat")) || (data26 === "sun"))){
const err36 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/days/" + i3,schemaPath:"#/properties/channels/properties/blackouts/items/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema29.properties.channels.properties.blackouts.items.properties.days.items.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.channels.properties.blackouts.items.properties.days.items.enum,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.days.items,data:data26};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/days",schemaPath:"#/properties/channels/properties/blackouts/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.blackouts.items.properties.days.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.days,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data24.dates !== undefined){
let data27 = data24.dates;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
let data28 = data27[i4];
if(typeof data28 === "string"){
if(!pattern9.test(data28)){
const err38 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/dates/" + i4,schemaPath:"#/definitions/blackoutDate/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-)?\\d{2}-\\d{2}$"},message:"must match pattern \""+"^(\\d{4}-)?\\d{2}-\\d{2}$"+"\"",schema:"^(\\d{4}-)?\\d{2}-\\d{2}$",parentSchema:schema35,data:data28};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/dates/" + i4,schemaPath:"#/definitions/blackoutDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data28};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/dates",schemaPath:"#/properties/channels/properties/blackouts/items/properties/dates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.blackouts.items.properties.dates.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.dates,data:data27};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data24.ranges !== undefined){
let data29 = data24.ranges;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.from === undefined){
const err41 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5,schemaPath:"#/properties/channels/properties/blackouts/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items.required,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items,data:data30};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data30.to === undefined){
const err42 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5,schemaPath:"#/properties/channels/properties/blackouts/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items.required,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items,data:data30};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key9 in data30){
if(!((key9 === "from") || (key9 === "to"))){
const err43 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5,schemaPath:"#/properties/channels/properties/blackouts/items/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items,data:data30};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data30.from !== undefined){
let data31 = data30.from;
if(typeof data31 === "string"){
if(!pattern9.test(data31)){
const err44 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5+"/from",schemaPath:"#/definitions/blackoutDate/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-)?\\d{2}-\\d{2}$"},message:"must match pattern \""+"^(\\d{4}-)?\\d{2}-\\d{2}$"+"\"",schema:"^(\\d{4}-)?\\d{2}-\\d{2}$",parentSchema:schema35,data:data31};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5+"/from",schemaPath:"#/definitions/blackoutDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data31};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data30.to !== undefined){
let data32 = data30.to;
if(typeof data32 === "string"){
if(!pattern9.test(data32)){
const err46 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5+"/to",schemaPath:"#/definitions/blackoutDate/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-)?\\d{2}-\\d{2}$"},message:"must match pattern \""+"^(\\d{4}-)?\\d{2}-\\d{2}$"+"\"",schema:"^(\\d{4}-)?\\d{2}-\\d{2}$",parentSchema:schema35,data:data32};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5+"/to",schemaPath:"#/definitions/blackoutDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data32};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges/" + i5,schemaPath:"#/properties/channels/properties/blackouts/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.ranges.items,data:data30};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/ranges",schemaPath:"#/properties/channels/properties/blackouts/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.blackouts.items.properties.ranges.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.ranges,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data24.holidays !== undefined){
let data33 = data24.holidays;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.country === undefined){
const err50 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema29.properties.channels.properties.blackouts.items.properties.holidays.required,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays,data:data33};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key10 in data33){
if(!((key10 === "country") || (key10 === "region"))){
const err51 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays,data:data33};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data33.country !== undefined){
let data34 = data33.country;
if(typeof data34 === "string"){
if(!pattern12.test(data34)){
const err52 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays/country",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.country,data:data34};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays/country",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.country.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.country,data:data34};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data33.region !== undefined){
let data35 = data33.region;
if(typeof data35 === "string"){
if(func5(data35) < 1){
const err54 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays/region",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.region,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays/region",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.region.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays.properties.region,data:data35};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/holidays",schemaPath:"#/properties/channels/properties/blackouts/items/properties/holidays/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.properties.blackouts.items.properties.holidays.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.holidays,data:data33};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.channels !== undefined){
let data36 = data24.channels;
if(Array.isArray(data36)){
const len6 = data36.length;
for(let i6=0; i6<len6; i6++){
let data37 = data36[i6];
if(typeof data37 !== "string"){
const err57 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/channels/" + i6,schemaPath:"#/properties/channels/properties/blackouts/items/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.blackouts.items.properties.channels.items.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.channels.items,data:data37};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/channels",schemaPath:"#/properties/channels/properties/blackouts/items/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.blackouts.items.properties.channels.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.channels,data:data36};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data24.reason !== undefined){
let data38 = data24.reason;
if(typeof data38 !== "string"){
const err59 = {instancePath:instancePath+"/channels/blackouts/" + i2+"/reason",schemaPath:"#/properties/channels/properties/blackouts/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.channels.properties.blackouts.items.properties.reason.type,parentSchema:schema29.properties.channels.properties.blackouts.items.properties.reason,data:data38};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/channels/blackouts/" + i2,schemaPath:"#/properties/channels/properties/blackouts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.properties.blackouts.items.type,parentSchema:schema29.properties.channels.properties.blackouts.items,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/channels/blackouts",schemaPath:"#/properties/channels/properties/blackouts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.channels.properties.blackouts.type,parentSchema:schema29.properties.channels.properties.blackouts,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.channels.type,parentSchema:schema29.properties.channels,data:data14};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.topics !== undefined){
let data39 = data.topics;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key11 in data39){
if(!(key11 === "blocked")){
const err63 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.topics,data:data39};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data39.blocked !== undefined){
let data40 = data39.blocked;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i7=0; i7<len7; i7++){
let data41 = data40[i7];
const _errs96 = errors;
let valid31 = false;
let passing0 = null;
const _errs97 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.term === undefined){
const err64 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/oneOf/0/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema29.properties.topics.properties.blocked.items.oneOf[0].required,parentSchema:schema29.properties.topics.properties.blocked.items.oneOf[0],data:data41};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var _valid0 = _errs97 === errors;
if(_valid0){
valid31 = true;
passing0 = 0;
}
const _errs98 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.pattern === undefined){
const err65 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/oneOf/1/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema29.properties.topics.properties.blocked.items.oneOf[1].required,parentSchema:schema29.properties.topics.properties.blocked.items.oneOf[1],data:data41};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
var _valid0 = _errs98 === errors;
if(_valid0 && valid31){
valid31 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid31 = true;
passing0 = 1;
}
}
if(!valid31){
const err66 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema29.properties.topics.properties.blocked.items.oneOf,parentSchema:schema29.properties.topics.properties.blocked.items,data:data41};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.reason === undefined){
const err67 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema29.properties.topics.properties.blocked.items.required,parentSchema:schema29.properties.topics.properties.blocked.items,data:data41};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key12 in data41){
if(!(((key12 === "term") || (key12 === "pattern")) || (key12 === "reason"))){
const err68 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.topics.properties.blocked.items,data:data41};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data41.term !== undefined){
let data42 = data41.term;
if(typeof data42 === "string"){
if(func5(data42) < 1){
const err69 = {instancePath:instancePath+"/topics/blocked/" + i7+"/term",schemaPath:"#/properties/topics/properties/blocked/items/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.topics.properties.blocked.items.properties.term,data:data42};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/topics/blocked/" + i7+"/term",schemaPath:"#/properties/topics/properties/blocked/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.topics.properties.blocked.items.properties.term.type,parentSchema:schema29.properties.topics.properties.blocked.items.properties.term,data:data42};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data41.pattern !== undefined){
let data43 = data41.pattern;
if(typeof data43 === "string"){
if(func5(data43) < 1){
const err71 = {instancePath:instancePath+"/topics/blocked/" + i7+"/pattern",schemaPath:"#/properties/topics/properties/blocked/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.topics.properties.blocked.items.properties.pattern,data:data43};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/topics/blocked/" + i7+"/pattern",schemaPath:"#/properties/topics/properties/blocked/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.topics.properties.blocked.items.properties.pattern.type,parentSchema:schema29.properties.topics.properties.blocked.items.properties.pattern,data:data43};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data41.reason !== undefined){
let data44 = data41.reason;
if(typeof data44 === "string"){
if(func5(data44) < 1){
const err73 = {instancePath:instancePath+"/topics/blocked/" + i7+"/reason",schemaPath:"#/properties/topics/properties/blocked/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.topics.properties.blocked.items.properties.reason,data:data44};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/topics/blocked/" + i7+"/reason",schemaPath:"#/properties/topics/properties/blocked/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.topics.properties.blocked.items.properties.reason.type,parentSchema:schema29.properties.topics.properties.blocked.items.properties.reason,data:data44};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/topics/blocked/" + i7,schemaPath:"#/properties/topics/properties/blocked/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.topics.properties.blocked.items.type,parentSchema:schema29.properties.topics.properties.blocked.items,data:data41};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/topics/blocked",schemaPath:"#/properties/topics/properties/blocked/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.topics.properties.blocked.type,parentSchema:schema29.properties.topics.properties.blocked,data:data40};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.topics.type,parentSchema:schema29.properties.topics,data:data39};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.regenerate !== undefined){
let data45 = data.regenerate;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key13 in data45){
if(!(key13 === "maxTries")){
const err78 = {instancePath:instancePath+"/regenerate",schemaPath:"#/properties/regenerate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.regenerate,data:data45};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data45.maxTries !== undefined){
let data46 = data45.maxTries;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err79 = {instancePath:instancePath+"/regenerate/maxTries",schemaPath:"#/properties/regenerate/properties/maxTries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.regenerate.properties.maxTries.type,parentSchema:schema29.properties.regenerate.properties.maxTries,data:data46};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 5 || isNaN(data46)){
const err80 = {instancePath:instancePath+"/regenerate/maxTries",schemaPath:"#/properties/regenerate/properties/maxTries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema29.properties.regenerate.properties.maxTries,data:data46};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err81 = {instancePath:instancePath+"/regenerate/maxTries",schemaPath:"#/properties/regenerate/properties/maxTries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.regenerate.properties.maxTries,data:data46};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/regenerate",schemaPath:"#/properties/regenerate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.regenerate.type,parentSchema:schema29.properties.regenerate,data:data45};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.autonomy !== undefined){
let data47 = data.autonomy;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key14 in data47){
if(!(((((key14 === "minCycles") || (key14 === "minApprovalRate")) || (key14 === "maxMedianEditRatio")) || (key14 === "minBenchmarkMetRate")) || (key14 === "cooldown"))){
const err83 = {instancePath:instancePath+"/autonomy",schemaPath:"#/properties/autonomy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema29.properties.autonomy,data:data47};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data47.minCycles !== undefined){
let data48 = data47.minCycles;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err84 = {instancePath:instancePath+"/autonomy/minCycles",schemaPath:"#/properties/autonomy/properties/minCycles/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.properties.autonomy.properties.minCycles.type,parentSchema:schema29.properties.autonomy.properties.minCycles,data:data48};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1 || isNaN(data48)){
const err85 = {instancePath:instancePath+"/autonomy/minCycles",schemaPath:"#/properties/autonomy/properties/minCycles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema29.properties.autonomy.properties.minCycles,data:data48};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data47.minApprovalRate !== undefined){
let data49 = data47.minApprovalRate;
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 1 || isNaN(data49)){
const err86 = {instancePath:instancePath+"/autonomy/minApprovalRate",schemaPath:"#/properties/autonomy/properties/minApprovalRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema29.properties.autonomy.properties.minApprovalRate,data:data49};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data49 < 0 || isNaN(data49)){
const err87 = {instancePath:instancePath+"/autonomy/minApprovalRate",schemaPath:"#/properties/autonomy/properties/minApprovalRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.autonomy.properties.minApprovalRate,data:data49};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/autonomy/minApprovalRate",schemaPath:"#/properties/autonomy/properties/minApprovalRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.autonomy.properties.minApprovalRate.type,parentSchema:schema29.properties.autonomy.properties.minApprovalRate,data:data49};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data47.maxMedianEditRatio !== undefined){
let data50 = data47.maxMedianEditRatio;
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 1 || isNaN(data50)){
const err89 = {instancePath:instancePath+"/autonomy/maxMedianEditRatio",schemaPath:"#/properties/autonomy/properties/maxMedianEditRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema29.properties.autonomy.properties.maxMedianEditRatio,data:data50};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data50 < 0 || isNaN(data50)){
const err90 = {instancePath:instancePath+"/autonomy/maxMedianEditRatio",schemaPath:"#/properties/autonomy/properties/maxMedianEditRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.autonomy.properties.maxMedianEditRatio,data:data50};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/autonomy/maxMedianEditRatio",schemaPath:"#/properties/autonomy/properties/maxMedianEditRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.autonomy.properties.maxMedianEditRatio.type,parentSchema:schema29.properties.autonomy.properties.maxMedianEditRatio,data:data50};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data47.minBenchmarkMetRate !== undefined){
let data51 = data47.minBenchmarkMetRate;
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 1 || isNaN(data51)){
const err92 = {instancePath:instancePath+"/autonomy/minBenchmarkMetRate",schemaPath:"#/properties/autonomy/properties/minBenchmarkMetRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema29.properties.autonomy.properties.minBenchmarkMetRate,data:data51};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data51 < 0 || isNaN(data51)){
const err93 = {instancePath:instancePath+"/autonomy/minBenchmarkMetRate",schemaPath:"#/properties/autonomy/properties/minBenchmarkMetRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29.properties.autonomy.properties.minBenchmarkMetRate,data:data51};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/autonomy/minBenchmarkMetRate",schemaPath:"#/properties/autonomy/properties/minBenchmarkMetRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.autonomy.properties.minBenchmarkMetRate.type,parentSchema:schema29.properties.autonomy.properties.minBenchmarkMetRate,data:data51};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data47.cooldown !== undefined){
let data52 = data47.cooldown;
if(typeof data52 === "string"){
if(!pattern3.test(data52)){
const err95 = {instancePath:instancePath+"/autonomy/cooldown",schemaPath:"#/properties/autonomy/properties/cooldown/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(m|h|d)$"+"\"",schema:"^[1-9][0-9]*(m|h|d)$",parentSchema:schema29.properties.autonomy.properties.cooldown,data:data52};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/autonomy/cooldown",schemaPath:"#/properties/autonomy/properties/cooldown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.autonomy.properties.cooldown.type,parentSchema:schema29.properties.autonomy.properties.cooldown,data:data52};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/autonomy",schemaPath:"#/properties/autonomy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.autonomy.type,parentSchema:schema29.properties.autonomy,data:data47};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const ledgerEvent = validate25;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/ledger-event.schema.json","title":"LedgerEvent","description":"One line of marketing/ledger/<yyyy>/<mm>/<cycle-id>.jsonl: an event in the life of a cycle. Files are append-only.","type":"object","required":["type","at","cycle"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/definitions/proposed"},{"$ref":"#/definitions/merged"},{"$ref":"#/definitions/rejected"},{"$ref":"#/definitions/publishing"},{"$ref":"#/definitions/published"},{"$ref":"#/definitions/publishFailed"},{"$ref":"#/definitions/skipped"},{"$ref":"#/definitions/blocked"},{"$ref":"#/definitions/spent"},{"$ref":"#/definitions/judged"},{"$ref":"#/definitions/retracted"},{"$ref":"#/definitions/reviewed"},{"$ref":"#/definitions/retried"},{"$ref":"#/definitions/expired"},{"$ref":"#/definitions/missed"}],"definitions":{"at":{"type":"string","format":"date-time","description":"When the event was recorded (ISO 8601)."},"cycle":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$","description":"Cycle id: <workflow>@<slot in UTC, YYYYMMDDTHHMMZ>."},"proposed":{"type":"object","additionalProperties":false,"required":["type","at","cycle","workflow","channel","slot","level","branch","proposal","contentPath","contentHash","arms","generator"],"properties":{"type":{"const":"proposed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"workflow":{"type":"string"},"channel":{"type":"string"},"slot":{"type":"string","format":"date-time"},"level":{"enum":["L0","L1","L2","L3","L4","L5"],"description":"Effective level when proposed."},"branch":{"type":"string"},"proposal":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"},"url":{"type":"string"}}},"contentPath":{"type":"string"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"arms":{"type":"object","additionalProperties":{"type":"string"},"description":"The option chosen along each dimension."},"learned":{"type":"object","additionalProperties":false,"required":["seed","why"],"description":"How the learner chose the item's options: the seeds of its random draws and, per dimension, the choice with the evidence in numbers. Absent for items whose options were not chosen by the learner (L2 queue items, rewrites).","properties":{"seed":{"type":"string","description":"The seed of the message options' draws: the cycle id."},"period":{"type":"string","description":"The seed of the slot and frequency draws: the period key, e.g. weekly-newsletter#2026-11-30."},"why":{"type":"array","items":{"type":"string"},"description":"One line per dimension: the option chosen, how (burn-in, exploration floor, Thompson draw) and each option's measured rate, sends and P(best)."}}},"generator":{"type":"string"},"title":{"type":"string","description":"The item's title as proposed (its front matter `title`), so reports need not read the content file. Absent in ledgers written before it was recorded."},"adopted":{"type":"boolean","description":"True when a run found the proposal already open (an earlier run stopped before recording it)."},"reservation":{"type":"number","minimum":0,"description":"Spend reserved for this cycle when it was planned, in the guardrails' currency (LLM tokens at the configured price plus paid spend)."},"checks":{"type":"object","additionalProperties":false,"required":["errors","warnings","suggestions"],"description":"Guardrail findings on the proposed item, by severity.","properties":{"errors":{"type":"integer","minimum":0,"description":"Error findings."},"warnings":{"type":"integer","minimum":0,"description":"Warning findings."},"suggestions":{"type":"integer","minimum":0,"description":"Suggestion findings."}}},"needsHuman":{"type":"array","items":{"type":"string"},"description":"Why this item must be merged by a person whatever its level (topic blocker, spend above requireApprovalAbove, channel not in the allow-list)."},"attempts":{"type":"integer","minimum":1,"description":"Drafts written before this one passed the guardrails (self-correction)."}}},"merged":{"type":"object","additionalProperties":false,"required":["type","at","cycle","mergedSha","editRatio","humanCommits"],"properties":{"type":{"const":"merged"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"mergedSha":{"type":"string"},"mergedBy":{"type":"string"},"editRatio":{"type":"number","minimum":0,"description":"Changed characters / length of the generated item (0 = merged unchanged)."},"humanCommits":{"type":"integer","minimum":0,"description":"Commits on the proposal not made by Loopcast."},"title":{"type":"string","description":"The item's title as merged (the front matter `title` of the merged content, which a person may have edited). Absent when the merged content had no readable title, and in ledgers written before it was recorded."},"override":{"type":"boolean","description":"Merged with the loopcast:override label: guardrail errors do not block publishing."},"auto":{"type":"boolean","description":"Merged by Loopcast itself (L4 after the review window, L5 at once), not by a person: it does not count as a human review."}}},"rejected":{"type":"object","additionalProperties":false,"required":["type","at","cycle"],"properties":{"type":{"const":"rejected"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string"},"reason":{"type":"string","description":"Why: the reason the person gave (`review reject --reason`, the closing comment or review on GitHub), or what Loopcast saw (closed without merging, branch deleted)."}}},"publishing":{"type":"object","additionalProperties":false,"required":["type","at","cycle","channel","idempotencyKey"],"properties":{"type":{"const":"publishing"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"channel":{"type":"string"},"idempotencyKey":{"type":"string","description":"Derived from the cycle id and the content hash; sent to channels that accept one."}}},"published":{"type":"object","additionalProperties":false,"required":["type","at","cycle","channel","idempotencyKey","receipt"],"properties":{"type":{"const":"published"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"channel":{"type":"string"},"idempotencyKey":{"type":"string"},"receipt":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The channel's id for the item: a status or post id, a campaign or broadcast id, the e-mail's Message-ID, the blog post's slug."},"url":{"type":"string","description":"Where the item can be read (a blog post, a status, a newsletter's web version)."},"permalink":{"type":"string","description":"The post's own address on the network when it differs from `url` (an Instagram /p/ link); exports of Buffer, Hootsuite and Meta name posts by it."},"messageId":{"type":"string","description":"An e-mail's Message-ID header, with its angle brackets (<…@example.com>)."},"subject":{"type":"string","description":"An e-mail's subject line as sent; newsletter exports (Mailchimp, Kit, Buttondown) name campaigns by it and their send time."},"sentAt":{"$ref":"#/definitions/at","description":"When the item went out, when that is not the event's `at` (a scheduled send)."}},"description":"What the channel returned when the item went out: every identifier an export may later name it by (docs/exports.md)."},"recordedBy":{"type":"string","description":"The person who recorded that the item went out with `loopcast publish-outcome --sent` (absent when Loopcast saw the channel's receipt)."}}},"publishFailed":{"type":"object","additionalProperties":false,"required":["type","at","cycle","error"],"properties":{"type":{"const":"publish-failed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"error":{"type":"string"},"attempt":{"type":"integer","minimum":1},"outcome":{"enum":["not-sent","unknown"],"description":"Whether the item went out: not-sent (the channel said so, or a person recorded it; the next run tries again within the attempts) or unknown (the failure came after the data may have reached a channel that cannot take an item back: it is held, with an exception, until a person records the outcome with `loopcast publish-outcome`). Absent on older lines: not sent."},"recordedBy":{"type":"string","description":"The person who recorded the outcome with `loopcast publish-outcome` (absent when Loopcast recorded it)."}}},"skipped":{"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"properties":{"type":{"const":"skipped"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"},"guardrail":{"enum":["budget","blackout","channel-limit","channel-blocked","voice","paused"],"description":"Which guardrail kept the cycle from being proposed."},"reservation":{"type":"number","minimum":0,"description":"The reservation that was refused."}}},"blocked":{"type":"object","additionalProperties":false,"required":["type","at","cycle","contentHash","errors"],"description":"Publishing was refused at publish time because the merged item has guardrail errors.","properties":{"type":{"const":"blocked"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the content that was refused; a changed item is checked again."},"errors":{"type":"integer","minimum":1,"description":"Error findings."}}},"spent":{"type":"object","additionalProperties":false,"required":["type","at","cycle","amount"],"description":"Measured spend for the cycle (settles its reservation).","properties":{"type":{"const":"spent"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"amount":{"type":"number","minimum":0,"maximum":1000000000000000,"description":"Total measured spend of the item so far, in the guardrails' currency (replaces earlier values). At most 1e15: a metric row's spend is at most 1e12, and a total above 1e15 is not settled (the measure step says why)."},"source":{"type":"string","description":"Where the figure came from."}}},"judged":{"type":"object","additionalProperties":false,"required":["type","at","cycle","benchmark","metric","status"],"description":"A benchmark verdict on a published item, recorded when it becomes final (met, missed or not enough data) — or pending for the record.","properties":{"type":{"const":"judged"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"benchmark":{"type":"string","description":"Benchmark id from benchmarks.yaml."},"metric":{"type":"string","description":"The metric judged."},"status":{"enum":["met","missed","pending","not-enough-data"],"description":"The verdict."},"value":{"type":"number","description":"The measured value over the window."},"sample":{"type":"number","description":"The sample size, when the benchmark names one."},"primary":{"type":"boolean","description":"The workflow's primary benchmark."}}},"retracted":{"type":"object","additionalProperties":false,"required":["type","at","cycle"],"description":"A person took a published item back (deleted the post, recalled it). Demotes the workflow.","properties":{"type":{"const":"retracted"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"Who retracted it."},"reason":{"type":"string","description":"Why."}}},"reviewed":{"type":"object","additionalProperties":false,"required":["type","at","cycle","by","state"],"description":"A review of the cycle's proposal (GitHub pull request reviews).","properties":{"type":{"const":"reviewed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"The reviewer's login."},"state":{"enum":["approved","changes_requested","commented","dismissed"],"description":"What the reviewer said."},"proposal":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The proposal's id (the pull request number)."}},"description":"The proposal reviewed."}}},"retried":{"type":"object","additionalProperties":false,"required":["type","at","cycle","by"],"description":"A person asked for an item whose publishing failed to be tried again (`loopcast retry`, or resolving its publish-failure exception): the attempts are counted again from here.","properties":{"type":{"const":"retried"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"Who asked."},"note":{"type":"string","description":"Why, or what was fixed."}}},"expired":{"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"description":"A merged item was not published within its workflow's `publishWithin` after its slot (runs stopped, publishing failed, it waited for a person): it is skipped for good, with a publish-failure exception. Terminal.","properties":{"type":{"const":"expired"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"}}},"missed":{"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"description":"A slot of the workflow's cadence passed with no item proposed for it (no run within the lead time before it): recorded by the next run so the reports show it. Terminal.","properties":{"type":{"const":"missed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"}}}}};
const schema39 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","workflow","channel","slot","level","branch","proposal","contentPath","contentHash","arms","generator"],"properties":{"type":{"const":"proposed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"workflow":{"type":"string"},"channel":{"type":"string"},"slot":{"type":"string","format":"date-time"},"level":{"enum":["L0","L1","L2","L3","L4","L5"],"description":"Effective level when proposed."},"branch":{"type":"string"},"proposal":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"},"url":{"type":"string"}}},"contentPath":{"type":"string"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"arms":{"type":"object","additionalProperties":{"type":"string"},"description":"The option chosen along each dimension."},"learned":{"type":"object","additionalProperties":false,"required":["seed","why"],"description":"How the learner chose the item's options: the seeds of its random draws and, per dimension, the choice with the evidence in numbers. Absent for items whose options were not chosen by the learner (L2 queue items, rewrites).","properties":{"seed":{"type":"string","description":"The seed of the message options' draws: the cycle id."},"period":{"type":"string","description":"The seed of the slot and frequency draws: the period key, e.g. weekly-newsletter#2026-11-30."},"why":{"type":"array","items":{"type":"string"},"description":"One line per dimension: the option chosen, how (burn-in, exploration floor, Thompson draw) and each option's measured rate, sends and P(best)."}}},"generator":{"type":"string"},"title":{"type":"string","description":"The item's title as proposed (its front matter `title`), so reports need not read the content file. Absent in ledgers written before it was recorded."},"adopted":{"type":"boolean","description":"True when a run found the proposal already open (an earlier run stopped before recording it)."},"reservation":{"type":"number","minimum":0,"description":"Spend reserved for this cycle when it was planned, in the guardrails' currency (LLM tokens at the configured price plus paid spend)."},"checks":{"type":"object","additionalProperties":false,"required":["errors","warnings","suggestions"],"description":"Guardrail findings on the proposed item, by severity.","properties":{"errors":{"type":"integer","minimum":0,"description":"Error findings."},"warnings":{"type":"integer","minimum":0,"description":"Warning findings."},"suggestions":{"type":"integer","minimum":0,"description":"Suggestion findings."}}},"needsHuman":{"type":"array","items":{"type":"string"},"description":"Why this item must be merged by a person whatever its level (topic blocker, spend above requireApprovalAbove, channel not in the allow-list)."},"attempts":{"type":"integer","minimum":1,"description":"Drafts written before this one passed the guardrails (self-correction)."}}};
const schema40 = {"type":"string","format":"date-time","description":"When the event was recorded (ISO 8601)."};
const schema41 = {"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$","description":"Cycle id: <workflow>@<slot in UTC, YYYYMMDDTHHMMZ>."};
const pattern14 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$", "u");
const pattern15 = new RegExp("^[0-9a-f]{64}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.workflow === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.slot === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slot"},message:"must have required property '"+"slot"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.level === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.branch === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.proposal === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "proposal"},message:"must have required property '"+"proposal"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.contentPath === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentPath"},message:"must have required property '"+"contentPath"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.contentHash === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentHash"},message:"must have required property '"+"contentHash"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.arms === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arms"},message:"must have required property '"+"arms"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.generator === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema39.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("proposed" !== data0){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "proposed"},message:"must be equal to constant",schema:"proposed",parentSchema:schema39.properties.type,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err15 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err17 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.workflow !== undefined){
let data3 = data.workflow;
if(typeof data3 !== "string"){
const err19 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workflow.type,parentSchema:schema39.properties.workflow,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.channel !== undefined){
let data4 = data.channel;
if(typeof data4 !== "string"){
const err20 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.channel.type,parentSchema:schema39.properties.channel,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.slot !== undefined){
let data5 = data.slot;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err21 = {instancePath:instancePath+"/slot",schemaPath:"#/properties/slot/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema39.properties.slot,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/slot",schemaPath:"#/properties/slot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.slot.type,parentSchema:schema39.properties.slot,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.level !== undefined){
let data6 = data.level;
if(!((((((data6 === "L0") || (data6 === "L1")) || (data6 === "L2")) || (data6 === "L3")) || (data6 === "L4")) || (data6 === "L5"))){
const err23 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema39.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.level.enum,parentSchema:schema39.properties.level,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.branch !== undefined){
let data7 = data.branch;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/branch",schemaPath:"#/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.branch.type,parentSchema:schema39.properties.branch,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.proposal !== undefined){
let data8 = data.proposal;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err25 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.properties.proposal.required,parentSchema:schema39.properties.proposal,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "id") || (key1 === "url"))){
const err26 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.proposal,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.id !== undefined){
let data9 = data8.id;
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/proposal/id",schemaPath:"#/properties/proposal/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.proposal.properties.id.type,parentSchema:schema39.properties.proposal.properties.id,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.url !== undefined){
let data10 = data8.url;
if(typeof data10 !== "string"){
const err28 = {instancePath:instancePath+"/proposal/url",schemaPath:"#/properties/proposal/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.proposal.properties.url.type,parentSchema:schema39.properties.proposal.properties.url,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.proposal.type,parentSchema:schema39.properties.proposal,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.contentPath !== undefined){
let data11 = data.contentPath;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/contentPath",schemaPath:"#/properties/contentPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.contentPath.type,parentSchema:schema39.properties.contentPath,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.contentHash !== undefined){
let data12 = data.contentHash;
if(typeof data12 === "string"){
if(!pattern15.test(data12)){
const err31 = {instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema39.properties.contentHash,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.contentHash.type,parentSchema:schema39.properties.contentHash,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.arms !== undefined){
let data13 = data.arms;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
let data14 = data13[key2];
if(typeof data14 !== "string"){
const err33 = {instancePath:instancePath+"/arms/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/arms/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.arms.additionalProperties.type,parentSchema:schema39.properties.arms.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/arms",schemaPath:"#/properties/arms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.arms.type,parentSchema:schema39.properties.arms,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.learned !== undefined){
let data15 = data.learned;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.seed === undefined){
const err35 = {instancePath:instancePath+"/learned",schemaPath:"#/properties/learned/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'",schema:schema39.properties.learned.required,parentSchema:schema39.properties.learned,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data15.why === undefined){
const err36 = {instancePath:instancePath+"/learned",schemaPath:"#/properties/learned/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'",schema:schema39.properties.learned.required,parentSchema:schema39.properties.learned,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data15){
if(!(((key3 === "seed") || (key3 === "period")) || (key3 === "why"))){
const err37 = {instancePath:instancePath+"/learned",schemaPath:"#/properties/learned/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.learned,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.seed !== undefined){
let data16 = data15.seed;
if(typeof data16 !== "string"){
const err38 = {instancePath:instancePath+"/learned/seed",schemaPath:"#/properties/learned/properties/seed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.learned.properties.seed.type,parentSchema:schema39.properties.learned.properties.seed,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.period !== undefined){
let data17 = data15.period;
if(typeof data17 !== "string"){
const err39 = {instancePath:instancePath+"/learned/period",schemaPath:"#/properties/learned/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.learned.properties.period.type,parentSchema:schema39.properties.learned.properties.period,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.why !== undefined){
let data18 = data15.why;
if(Array.isArray(data18)){
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
if(typeof data19 !== "string"){
const err40 = {instancePath:instancePath+"/learned/why/" + i0,schemaPath:"#/properties/learned/properties/why/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.learned.properties.why.items.type,parentSchema:schema39.properties.learned.properties.why.items,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/learned/why",schemaPath:"#/properties/learned/properties/why/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.learned.properties.why.type,parentSchema:schema39.properties.learned.properties.why,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/learned",schemaPath:"#/properties/learned/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.learned.type,parentSchema:schema39.properties.learned,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.generator !== undefined){
let data20 = data.generator;
if(typeof data20 !== "string"){
const err43 = {instancePath:instancePath+"/generator",schemaPath:"#/properties/generator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.generator.type,parentSchema:schema39.properties.generator,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.title !== undefined){
let data21 = data.title;
if(typeof data21 !== "string"){
const err44 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.title.type,parentSchema:schema39.properties.title,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.adopted !== undefined){
let data22 = data.adopted;
if(typeof data22 !== "boolean"){
const err45 = {instancePath:instancePath+"/adopted",schemaPath:"#/properties/adopted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.adopted.type,parentSchema:schema39.properties.adopted,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.reservation !== undefined){
let data23 = data.reservation;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err46 = {instancePath:instancePath+"/reservation",schemaPath:"#/properties/reservation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.reservation,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/reservation",schemaPath:"#/properties/reservation/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.reservation.type,parentSchema:schema39.properties.reservation,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.checks !== undefined){
let data24 = data.checks;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.errors === undefined){
const err48 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'",schema:schema39.properties.checks.required,parentSchema:schema39.properties.checks,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data24.warnings === undefined){
const err49 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'",schema:schema39.properties.checks.required,parentSchema:schema39.properties.checks,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data24.suggestions === undefined){
const err50 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/required",keyword:"required",params:{missingProperty: "suggestions"},message:"must have required property '"+"suggestions"+"'",schema:schema39.properties.checks.required,parentSchema:schema39.properties.checks,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data24){
if(!(((key4 === "errors") || (key4 === "warnings")) || (key4 === "suggestions"))){
const err51 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.checks,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.errors !== undefined){
let data25 = data24.errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err52 = {instancePath:instancePath+"/checks/errors",schemaPath:"#/properties/checks/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.checks.properties.errors.type,parentSchema:schema39.properties.checks.properties.errors,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err53 = {instancePath:instancePath+"/checks/errors",schemaPath:"#/properties/checks/properties/errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.checks.properties.errors,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data24.warnings !== undefined){
let data26 = data24.warnings;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err54 = {instancePath:instancePath+"/checks/warnings",schemaPath:"#/properties/checks/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.checks.properties.warnings.type,parentSchema:schema39.properties.checks.properties.warnings,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err55 = {instancePath:instancePath+"/checks/warnings",schemaPath:"#/properties/checks/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.checks.properties.warnings,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data24.suggestions !== undefined){
let data27 = data24.suggestions;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err56 = {instancePath:instancePath+"/checks/suggestions",schemaPath:"#/properties/checks/properties/suggestions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.checks.properties.suggestions.type,parentSchema:schema39.properties.checks.properties.suggestions,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err57 = {instancePath:instancePath+"/checks/suggestions",schemaPath:"#/properties/checks/properties/suggestions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.checks.properties.suggestions,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.checks.type,parentSchema:schema39.properties.checks,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.needsHuman !== undefined){
let data28 = data.needsHuman;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(typeof data29 !== "string"){
const err59 = {instancePath:instancePath+"/needsHuman/" + i1,schemaPath:"#/properties/needsHuman/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.needsHuman.items.type,parentSchema:schema39.properties.needsHuman.items,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/needsHuman",schemaPath:"#/properties/needsHuman/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.needsHuman.type,parentSchema:schema39.properties.needsHuman,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.attempts !== undefined){
let data30 = data.attempts;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err61 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.attempts.type,parentSchema:schema39.properties.attempts,data:data30};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err62 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.attempts,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","mergedSha","editRatio","humanCommits"],"properties":{"type":{"const":"merged"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"mergedSha":{"type":"string"},"mergedBy":{"type":"string"},"editRatio":{"type":"number","minimum":0,"description":"Changed characters / length of the generated item (0 = merged unchanged)."},"humanCommits":{"type":"integer","minimum":0,"description":"Commits on the proposal not made by Loopcast."},"title":{"type":"string","description":"The item's title as merged (the front matter `title` of the merged content, which a person may have edited). Absent when the merged content had no readable title, and in ledgers written before it was recorded."},"override":{"type":"boolean","description":"Merged with the loopcast:override label: guardrail errors do not block publishing."},"auto":{"type":"boolean","description":"Merged by Loopcast itself (L4 after the review window, L5 at once), not by a person: it does not count as a human review."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.mergedSha === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergedSha"},message:"must have required property '"+"mergedSha"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.editRatio === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "editRatio"},message:"must have required property '"+"editRatio"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.humanCommits === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "humanCommits"},message:"must have required property '"+"humanCommits"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema42.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("merged" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "merged"},message:"must be equal to constant",schema:"merged",parentSchema:schema42.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mergedSha !== undefined){
let data3 = data.mergedSha;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/mergedSha",schemaPath:"#/properties/mergedSha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.mergedSha.type,parentSchema:schema42.properties.mergedSha,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mergedBy !== undefined){
let data4 = data.mergedBy;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/mergedBy",schemaPath:"#/properties/mergedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.mergedBy.type,parentSchema:schema42.properties.mergedBy,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.editRatio !== undefined){
let data5 = data.editRatio;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/editRatio",schemaPath:"#/properties/editRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.editRatio,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/editRatio",schemaPath:"#/properties/editRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.editRatio.type,parentSchema:schema42.properties.editRatio,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.humanCommits !== undefined){
let data6 = data.humanCommits;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/humanCommits",schemaPath:"#/properties/humanCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.humanCommits.type,parentSchema:schema42.properties.humanCommits,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/humanCommits",schemaPath:"#/properties/humanCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.humanCommits,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.title !== undefined){
let data7 = data.title;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.title.type,parentSchema:schema42.properties.title,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.override !== undefined){
let data8 = data.override;
if(typeof data8 !== "boolean"){
const err19 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.override.type,parentSchema:schema42.properties.override,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.auto !== undefined){
let data9 = data.auto;
if(typeof data9 !== "boolean"){
const err20 = {instancePath:instancePath+"/auto",schemaPath:"#/properties/auto/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.auto.type,parentSchema:schema42.properties.auto,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","additionalProperties":false,"required":["type","at","cycle"],"properties":{"type":{"const":"rejected"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string"},"reason":{"type":"string","description":"Why: the reason the person gave (`review reject --reason`, the closing comment or review on GitHub), or what Loopcast saw (closed without merging, branch deleted)."}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "by")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("rejected" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rejected"},message:"must be equal to constant",schema:"rejected",parentSchema:schema45.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err7 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.by.type,parentSchema:schema45.properties.by,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.reason.type,parentSchema:schema45.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema48 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","channel","idempotencyKey"],"properties":{"type":{"const":"publishing"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"channel":{"type":"string"},"idempotencyKey":{"type":"string","description":"Derived from the cycle id and the content hash; sent to channels that accept one."}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.idempotencyKey === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idempotencyKey"},message:"must have required property '"+"idempotencyKey"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "channel")) || (key0 === "idempotencyKey"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("publishing" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "publishing"},message:"must be equal to constant",schema:"publishing",parentSchema:schema48.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.channel.type,parentSchema:schema48.properties.channel,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.idempotencyKey !== undefined){
let data4 = data.idempotencyKey;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.idempotencyKey.type,parentSchema:schema48.properties.idempotencyKey,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema51 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","channel","idempotencyKey","receipt"],"properties":{"type":{"const":"published"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"channel":{"type":"string"},"idempotencyKey":{"type":"string"},"receipt":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The channel's id for the item: a status or post id, a campaign or broadcast id, the e-mail's Message-ID, the blog post's slug."},"url":{"type":"string","description":"Where the item can be read (a blog post, a status, a newsletter's web version)."},"permalink":{"type":"string","description":"The post's own address on the network when it differs from `url` (an Instagram /p/ link); exports of Buffer, Hootsuite and Meta name posts by it."},"messageId":{"type":"string","description":"An e-mail's Message-ID header, with its angle brackets (<…@example.com>)."},"subject":{"type":"string","description":"An e-mail's subject line as sent; newsletter exports (Mailchimp, Kit, Buttondown) name campaigns by it and their send time."},"sentAt":{"$ref":"#/definitions/at","description":"When the item went out, when that is not the event's `at` (a scheduled send)."}},"description":"What the channel returned when the item went out: every identifier an export may later name it by (docs/exports.md)."},"recordedBy":{"type":"string","description":"The person who recorded that the item went out with `loopcast publish-outcome --sent` (absent when Loopcast saw the channel's receipt)."}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.idempotencyKey === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idempotencyKey"},message:"must have required property '"+"idempotencyKey"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.receipt === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receipt"},message:"must have required property '"+"receipt"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "channel")) || (key0 === "idempotencyKey")) || (key0 === "receipt")) || (key0 === "recordedBy"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("published" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "published"},message:"must be equal to constant",schema:"published",parentSchema:schema51.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.channel.type,parentSchema:schema51.properties.channel,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.idempotencyKey !== undefined){
let data4 = data.idempotencyKey;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.idempotencyKey.type,parentSchema:schema51.properties.idempotencyKey,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.receipt !== undefined){
let data5 = data.receipt;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err14 = {instancePath:instancePath+"/receipt",schemaPath:"#/properties/receipt/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.properties.receipt.required,parentSchema:schema51.properties.receipt,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!((((((key1 === "id") || (key1 === "url")) || (key1 === "permalink")) || (key1 === "messageId")) || (key1 === "subject")) || (key1 === "sentAt"))){
const err15 = {instancePath:instancePath+"/receipt",schemaPath:"#/properties/receipt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.receipt,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/receipt/id",schemaPath:"#/properties/receipt/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.receipt.properties.id.type,parentSchema:schema51.properties.receipt.properties.id,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.url !== undefined){
let data7 = data5.url;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/receipt/url",schemaPath:"#/properties/receipt/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.receipt.properties.url.type,parentSchema:schema51.properties.receipt.properties.url,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.permalink !== undefined){
let data8 = data5.permalink;
if(typeof data8 !== "string"){
const err18 = {instancePath:instancePath+"/receipt/permalink",schemaPath:"#/properties/receipt/properties/permalink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.receipt.properties.permalink.type,parentSchema:schema51.properties.receipt.properties.permalink,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.messageId !== undefined){
let data9 = data5.messageId;
if(typeof data9 !== "string"){
const err19 = {instancePath:instancePath+"/receipt/messageId",schemaPath:"#/properties/receipt/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.receipt.properties.messageId.type,parentSchema:schema51.properties.receipt.properties.messageId,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.subject !== undefined){
let data10 = data5.subject;
if(typeof data10 !== "string"){
const err20 = {instancePath:instancePath+"/receipt/subject",schemaPath:"#/properties/receipt/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.receipt.properties.subject.type,parentSchema:schema51.properties.receipt.properties.subject,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.sentAt !== undefined){
let data11 = data5.sentAt;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err21 = {instancePath:instancePath+"/receipt/sentAt",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/receipt/sentAt",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/receipt",schemaPath:"#/properties/receipt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.receipt.type,parentSchema:schema51.properties.receipt,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.recordedBy !== undefined){
let data12 = data.recordedBy;
if(typeof data12 !== "string"){
const err24 = {instancePath:instancePath+"/recordedBy",schemaPath:"#/properties/recordedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.recordedBy.type,parentSchema:schema51.properties.recordedBy,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema55 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","error"],"properties":{"type":{"const":"publish-failed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"error":{"type":"string"},"attempt":{"type":"integer","minimum":1},"outcome":{"enum":["not-sent","unknown"],"description":"Whether the item went out: not-sent (the channel said so, or a person recorded it; the next run tries again within the attempts) or unknown (the failure came after the data may have reached a channel that cannot take an item back: it is held, with an exception, until a person records the outcome with `loopcast publish-outcome`). Absent on older lines: not sent."},"recordedBy":{"type":"string","description":"The person who recorded the outcome with `loopcast publish-outcome` (absent when Loopcast recorded it)."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.error === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "error")) || (key0 === "attempt")) || (key0 === "outcome")) || (key0 === "recordedBy"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("publish-failed" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "publish-failed"},message:"must be equal to constant",schema:"publish-failed",parentSchema:schema55.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.error !== undefined){
let data3 = data.error;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.error.type,parentSchema:schema55.properties.error,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.attempt !== undefined){
let data4 = data.attempt;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.attempt.type,parentSchema:schema55.properties.attempt,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/attempt",schemaPath:"#/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.attempt,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.outcome !== undefined){
let data5 = data.outcome;
if(!((data5 === "not-sent") || (data5 === "unknown"))){
const err13 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema55.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.outcome.enum,parentSchema:schema55.properties.outcome,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recordedBy !== undefined){
let data6 = data.recordedBy;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/recordedBy",schemaPath:"#/properties/recordedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.recordedBy.type,parentSchema:schema55.properties.recordedBy,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema58 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"properties":{"type":{"const":"skipped"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"},"guardrail":{"enum":["budget","blackout","channel-limit","channel-blocked","voice","paused"],"description":"Which guardrail kept the cycle from being proposed."},"reservation":{"type":"number","minimum":0,"description":"The reservation that was refused."}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reason === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "reason")) || (key0 === "guardrail")) || (key0 === "reservation"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("skipped" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "skipped"},message:"must be equal to constant",schema:"skipped",parentSchema:schema58.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.reason.type,parentSchema:schema58.properties.reason,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.guardrail !== undefined){
let data4 = data.guardrail;
if(!((((((data4 === "budget") || (data4 === "blackout")) || (data4 === "channel-limit")) || (data4 === "channel-blocked")) || (data4 === "voice")) || (data4 === "paused"))){
const err11 = {instancePath:instancePath+"/guardrail",schemaPath:"#/properties/guardrail/enum",keyword:"enum",params:{allowedValues: schema58.properties.guardrail.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.guardrail.enum,parentSchema:schema58.properties.guardrail,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.reservation !== undefined){
let data5 = data.reservation;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/reservation",schemaPath:"#/properties/reservation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.reservation,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/reservation",schemaPath:"#/properties/reservation/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema58.properties.reservation.type,parentSchema:schema58.properties.reservation,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema61 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","contentHash","errors"],"description":"Publishing was refused at publish time because the merged item has guardrail errors.","properties":{"type":{"const":"blocked"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the content that was refused; a changed item is checked again."},"errors":{"type":"integer","minimum":1,"description":"Error findings."}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.contentHash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contentHash"},message:"must have required property '"+"contentHash"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.errors === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "contentHash")) || (key0 === "errors"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("blocked" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "blocked"},message:"must be equal to constant",schema:"blocked",parentSchema:schema61.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.contentHash !== undefined){
let data3 = data.contentHash;
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err11 = {instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema61.properties.contentHash,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.contentHash.type,parentSchema:schema61.properties.contentHash,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.errors !== undefined){
let data4 = data.errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.errors.type,parentSchema:schema61.properties.errors,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema61.properties.errors,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema64 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","amount"],"description":"Measured spend for the cycle (settles its reservation).","properties":{"type":{"const":"spent"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"amount":{"type":"number","minimum":0,"maximum":1000000000000000,"description":"Total measured spend of the item so far, in the guardrails' currency (replaces earlier values). At most 1e15: a metric row's spend is at most 1e12, and a total above 1e15 is not settled (the measure step says why)."},"source":{"type":"string","description":"Where the figure came from."}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.amount === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "amount")) || (key0 === "source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("spent" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "spent"},message:"must be equal to constant",schema:"spent",parentSchema:schema64.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.amount !== undefined){
let data3 = data.amount;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema64.properties.amount.type,parentSchema:schema64.properties.amount,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.source !== undefined){
let data4 = data.source;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.source.type,parentSchema:schema64.properties.source,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema67 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","benchmark","metric","status"],"description":"A benchmark verdict on a published item, recorded when it becomes final (met, missed or not enough data) — or pending for the record.","properties":{"type":{"const":"judged"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"benchmark":{"type":"string","description":"Benchmark id from benchmarks.yaml."},"metric":{"type":"string","description":"The metric judged."},"status":{"enum":["met","missed","pending","not-enough-data"],"description":"The verdict."},"value":{"type":"number","description":"The measured value over the window."},"sample":{"type":"number","description":"The sample size, when the benchmark names one."},"primary":{"type":"boolean","description":"The workflow's primary benchmark."}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.benchmark === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchmark"},message:"must have required property '"+"benchmark"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.metric === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema67.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("judged" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "judged"},message:"must be equal to constant",schema:"judged",parentSchema:schema67.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.benchmark !== undefined){
let data3 = data.benchmark;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/benchmark",schemaPath:"#/properties/benchmark/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.benchmark.type,parentSchema:schema67.properties.benchmark,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.metric !== undefined){
let data4 = data.metric;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.metric.type,parentSchema:schema67.properties.metric,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(!((((data5 === "met") || (data5 === "missed")) || (data5 === "pending")) || (data5 === "not-enough-data"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema67.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.status.enum,parentSchema:schema67.properties.status,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.value !== undefined){
let data6 = data.value;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.properties.value.type,parentSchema:schema67.properties.value,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sample !== undefined){
let data7 = data.sample;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.properties.sample.type,parentSchema:schema67.properties.sample,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.primary !== undefined){
let data8 = data.primary;
if(typeof data8 !== "boolean"){
const err17 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.primary.type,parentSchema:schema67.properties.primary,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema70 = {"type":"object","additionalProperties":false,"required":["type","at","cycle"],"description":"A person took a published item back (deleted the post, recalled it). Demotes the workflow.","properties":{"type":{"const":"retracted"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"Who retracted it."},"reason":{"type":"string","description":"Why."}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "by")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("retracted" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retracted"},message:"must be equal to constant",schema:"retracted",parentSchema:schema70.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err7 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.by.type,parentSchema:schema70.properties.by,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.reason.type,parentSchema:schema70.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema73 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","by","state"],"description":"A review of the cycle's proposal (GitHub pull request reviews).","properties":{"type":{"const":"reviewed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"The reviewer's login."},"state":{"enum":["approved","changes_requested","commented","dismissed"],"description":"What the reviewer said."},"proposal":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","description":"The proposal's id (the pull request number)."}},"description":"The proposal reviewed."}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.by === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "by")) || (key0 === "state")) || (key0 === "proposal"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("reviewed" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "reviewed"},message:"must be equal to constant",schema:"reviewed",parentSchema:schema73.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.by.type,parentSchema:schema73.properties.by,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.state !== undefined){
let data4 = data.state;
if(!((((data4 === "approved") || (data4 === "changes_requested")) || (data4 === "commented")) || (data4 === "dismissed"))){
const err12 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema73.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.state.enum,parentSchema:schema73.properties.state,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.proposal !== undefined){
let data5 = data.proposal;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err13 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema73.properties.proposal.required,parentSchema:schema73.properties.proposal,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(key1 === "id")){
const err14 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.proposal,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/proposal/id",schemaPath:"#/properties/proposal/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.proposal.properties.id.type,parentSchema:schema73.properties.proposal.properties.id,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/proposal",schemaPath:"#/properties/proposal/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.proposal.type,parentSchema:schema73.properties.proposal,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

const schema76 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","by"],"description":"A person asked for an item whose publishing failed to be tried again (`loopcast retry`, or resolving its publish-failure exception): the attempts are counted again from here.","properties":{"type":{"const":"retried"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"by":{"type":"string","description":"Who asked."},"note":{"type":"string","description":"Why, or what was fixed."}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.by === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "by")) || (key0 === "note"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("retried" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retried"},message:"must be equal to constant",schema:"retried",parentSchema:schema76.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.by.type,parentSchema:schema76.properties.by,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.note.type,parentSchema:schema76.properties.note,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema79 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"description":"A merged item was not published within its workflow's `publishWithin` after its slot (runs stopped, publishing failed, it waited for a person): it is skipped for good, with a publish-failure exception. Terminal.","properties":{"type":{"const":"expired"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reason === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "reason"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("expired" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "expired"},message:"must be equal to constant",schema:"expired",parentSchema:schema79.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.reason.type,parentSchema:schema79.properties.reason,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema82 = {"type":"object","additionalProperties":false,"required":["type","at","cycle","reason"],"description":"A slot of the workflow's cadence passed with no item proposed for it (no run within the lead time before it): recorded by the next run so the reports show it. Terminal.","properties":{"type":{"const":"missed"},"at":{"$ref":"#/definitions/at"},"cycle":{"$ref":"#/definitions/cycle"},"reason":{"type":"string"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reason === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "at")) || (key0 === "cycle")) || (key0 === "reason"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("missed" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "missed"},message:"must be equal to constant",schema:"missed",parentSchema:schema82.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cycle !== undefined){
let data2 = data.cycle;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cycle",schemaPath:"#/definitions/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.reason.type,parentSchema:schema82.properties.reason,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/ledger-event.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cycle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "proposed"){
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
else if(tag0 === "merged"){
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
else if(tag0 === "rejected"){
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
else if(tag0 === "publishing"){
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
else if(tag0 === "published"){
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
else if(tag0 === "publish-failed"){
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
else if(tag0 === "skipped"){
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
else if(tag0 === "blocked"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
else if(tag0 === "spent"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
else if(tag0 === "judged"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
else if(tag0 === "retracted"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
else if(tag0 === "reviewed"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
else if(tag0 === "retried"){
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
else if(tag0 === "expired"){
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
else if(tag0 === "missed"){
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema38.discriminator,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema38.discriminator,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const metricsRow = validate56;
const schema85 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/metrics-row.schema.json","title":"MetricRow","description":"One row of metrics for one published item, after an export's columns were mapped to Loopcast's names. Used for rows from marketing/metrics/inbox/ files, repository_dispatch payloads (type loopcast-metrics) and channel APIs.","type":"object","additionalProperties":false,"required":["metrics"],"properties":{"cycle":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$","description":"Id of the cycle that published the item: <workflow>@<slot in UTC, YYYYMMDDTHHMMZ>, e.g. weekly-newsletter@20261201T0900Z."},"url":{"type":"string","minLength":1,"maxLength":4096,"description":"Address of the published item, absolute (https://example.com/blog/post) or a path (/blog/post). Query parameters utm_* and a trailing slash are ignored when matching."},"receiptId":{"type":"string","minLength":1,"maxLength":512,"description":"Id the channel returned when the item was published (a Mastodon status id, an Instagram media id, an email campaign id)."},"messageId":{"type":"string","minLength":1,"maxLength":998,"description":"An e-mail's Message-ID header (angle brackets optional), matched to the Message-ID the email channel sent."},"subject":{"type":"string","minLength":1,"maxLength":998,"description":"An e-mail's subject line, matched to the subject of a published e-mail (case and spacing ignored), within the send time's tolerance when the row has `sentAt`."},"title":{"type":"string","minLength":1,"maxLength":1000,"description":"A campaign's or post's title (Mailchimp's Title, LinkedIn's Post title), matched to the item's title or cycle id (case and spacing ignored), within the send time's tolerance when the row has `sentAt`."},"sentAt":{"type":"string","minLength":1,"maxLength":100,"description":"When the item went out, as the export writes it (2026-12-01T09:00:00Z, Dec 01, 2026 09:00 am, 12/01/2026 09:00). Only narrows a match by subject or title; a time without a zone is read in any zone from UTC-12 to UTC+14 (docs/exports.md)."},"channel":{"type":"string","minLength":1,"maxLength":128,"description":"Id of the channel the row measures; when given it must be the matched item's channel."},"date":{"type":"string","format":"date","description":"The day measured (YYYY-MM-DD). Leave it out when the row holds lifetime totals up to the export."},"metrics":{"type":"object","description":"Metric name (snake_case, e.g. opens, open_rate, views) to value. Counts are whole or decimal numbers from 0 to 1e15 (a larger figure is a unit error or corrupt data, and beyond 2^53 ≈ 9e15 whole numbers are no longer exact); rates (names ending in _rate) are fractions from 0 to 1, so 42 % is 0.42.","propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Metric names are snake_case."},"patternProperties":{"_rate$":{"type":"number","minimum":0,"maximum":1,"description":"A rate as a fraction from 0 to 1 (0.42 for 42 %)."}},"additionalProperties":{"type":"number","minimum":0,"maximum":1000000000000000,"description":"A count or an average, from 0 to 1e15 (one quadrillion)."}},"spend":{"type":"number","minimum":0,"maximum":1000000000000,"description":"Money spent on the item (paid boost, paid send) in the row's currency, from 0 to 1e12 (a trillion, enough for one item in any currency); settles the budget reservation. A larger amount is refused: it is a unit error or corrupt data, and summed into the budget it would stop being a finite number."},"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code of spend, e.g. EUR. When absent, the budget's currency is assumed."}},"anyOf":[{"properties":{"cycle":{"type":"string","description":"Matched by cycle id."}},"required":["cycle"]},{"properties":{"url":{"type":"string","description":"Matched by URL."}},"required":["url"]},{"properties":{"receiptId":{"type":"string","description":"Matched by channel receipt."}},"required":["receiptId"]},{"properties":{"messageId":{"type":"string","description":"Matched by Message-ID."}},"required":["messageId"]},{"properties":{"subject":{"type":"string","description":"Matched by e-mail subject (and send time)."}},"required":["subject"]},{"properties":{"title":{"type":"string","description":"Matched by title (and send time)."}},"required":["title"]}],"if":{"properties":{"metrics":{"type":"object","maxProperties":0,"description":"No metric at all in this row."}}},"then":{"properties":{"spend":{"type":"number","description":"Required when the row has no metric."}},"required":["spend"]}};
const pattern33 = new RegExp("_rate$", "u");
const formats50 = formats_fullFormats.date;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/metrics-row.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cycle === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cycle"},message:"must have required property '"+"cycle"+"'",schema:schema85.anyOf[0].required,parentSchema:schema85.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cycle !== undefined){
let data0 = data.cycle;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/cycle",schemaPath:"#/anyOf/0/properties/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[0].properties.cycle.type,parentSchema:schema85.anyOf[0].properties.cycle,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema85.anyOf[1].required,parentSchema:schema85.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[1].properties.url.type,parentSchema:schema85.anyOf[1].properties.url,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.receiptId === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "receiptId"},message:"must have required property '"+"receiptId"+"'",schema:schema85.anyOf[2].required,parentSchema:schema85.anyOf[2],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.receiptId !== undefined){
let data2 = data.receiptId;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/receiptId",schemaPath:"#/anyOf/2/properties/receiptId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[2].properties.receiptId.type,parentSchema:schema85.anyOf[2].properties.receiptId,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageId === undefined){
const err6 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'",schema:schema85.anyOf[3].required,parentSchema:schema85.anyOf[3],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.messageId !== undefined){
let data3 = data.messageId;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/messageId",schemaPath:"#/anyOf/3/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[3].properties.messageId.type,parentSchema:schema85.anyOf[3].properties.messageId,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.subject === undefined){
const err8 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema85.anyOf[4].required,parentSchema:schema85.anyOf[4],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.subject !== undefined){
let data4 = data.subject;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/subject",schemaPath:"#/anyOf/4/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[4].properties.subject.type,parentSchema:schema85.anyOf[4].properties.subject,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid0 = _errs14 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err10 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema85.anyOf[5].required,parentSchema:schema85.anyOf[5],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.title !== undefined){
let data5 = data.title;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/anyOf/5/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[5].properties.title.type,parentSchema:schema85.anyOf[5].properties.title,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid0 = _errs17 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema85.anyOf,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs20 = errors;
let valid7 = true;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics !== undefined){
let data6 = data.metrics;
const _errs22 = errors;
if(errors === _errs22){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 0){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid1 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spend === undefined){
const err15 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "spend"},message:"must have required property '"+"spend"+"'",schema:schema85.then.required,parentSchema:schema85.then,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.spend !== undefined){
let data7 = data.spend;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/spend",schemaPath:"#/then/properties/spend/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema85.then.properties.spend.type,parentSchema:schema85.then.properties.spend,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid1 = _errs24 === errors;
valid7 = _valid1;
}
if(!valid7){
const err17 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema85.if,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema85.properties, key0))){
const err19 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cycle !== undefined){
let data8 = data.cycle;
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
const err20 = {instancePath:instancePath+"/cycle",schemaPath:"#/properties/cycle/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}@\\d{8}T\\d{4}Z$",parentSchema:schema85.properties.cycle,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/cycle",schemaPath:"#/properties/cycle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.cycle.type,parentSchema:schema85.properties.cycle,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.url !== undefined){
let data9 = data.url;
if(typeof data9 === "string"){
if(func5(data9) > 4096){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema85.properties.url,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func5(data9) < 1){
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.url,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.url.type,parentSchema:schema85.properties.url,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.receiptId !== undefined){
let data10 = data.receiptId;
if(typeof data10 === "string"){
if(func5(data10) > 512){
const err25 = {instancePath:instancePath+"/receiptId",schemaPath:"#/properties/receiptId/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema85.properties.receiptId,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func5(data10) < 1){
const err26 = {instancePath:instancePath+"/receiptId",schemaPath:"#/properties/receiptId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.receiptId,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/receiptId",schemaPath:"#/properties/receiptId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.receiptId.type,parentSchema:schema85.properties.receiptId,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.messageId !== undefined){
let data11 = data.messageId;
if(typeof data11 === "string"){
if(func5(data11) > 998){
const err28 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/maxLength",keyword:"maxLength",params:{limit: 998},message:"must NOT have more than 998 characters",schema:998,parentSchema:schema85.properties.messageId,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func5(data11) < 1){
const err29 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.messageId,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.messageId.type,parentSchema:schema85.properties.messageId,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.subject !== undefined){
let data12 = data.subject;
if(typeof data12 === "string"){
if(func5(data12) > 998){
const err31 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 998},message:"must NOT have more than 998 characters",schema:998,parentSchema:schema85.properties.subject,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func5(data12) < 1){
const err32 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.subject,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.subject.type,parentSchema:schema85.properties.subject,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.title !== undefined){
let data13 = data.title;
if(typeof data13 === "string"){
if(func5(data13) > 1000){
const err34 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema85.properties.title,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func5(data13) < 1){
const err35 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.title,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.title.type,parentSchema:schema85.properties.title,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.sentAt !== undefined){
let data14 = data.sentAt;
if(typeof data14 === "string"){
if(func5(data14) > 100){
const err37 = {instancePath:instancePath+"/sentAt",schemaPath:"#/properties/sentAt/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema85.properties.sentAt,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func5(data14) < 1){
const err38 = {instancePath:instancePath+"/sentAt",schemaPath:"#/properties/sentAt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.sentAt,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/sentAt",schemaPath:"#/properties/sentAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.sentAt.type,parentSchema:schema85.properties.sentAt,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.channel !== undefined){
let data15 = data.channel;
if(typeof data15 === "string"){
if(func5(data15) > 128){
const err40 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema85.properties.channel,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func5(data15) < 1){
const err41 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.properties.channel,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.channel.type,parentSchema:schema85.properties.channel,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.date !== undefined){
let data16 = data.date;
if(typeof data16 === "string"){
if(!(formats50.validate(data16))){
const err43 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema85.properties.date,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.date.type,parentSchema:schema85.properties.date,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.metrics !== undefined){
let data17 = data.metrics;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key1 in data17){
const _errs48 = errors;
if(typeof key1 === "string"){
if(!pattern1.test(key1)){
const err45 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema85.properties.metrics.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.metrics.propertyNames.type,parentSchema:schema85.properties.metrics.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid11 = _errs48 === errors;
if(!valid11){
const err47 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema85.properties.metrics.propertyNames,parentSchema:schema85.properties.metrics,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key2 in data17){
if(!(pattern33.test(key2))){
let data18 = data17[key2];
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 1000000000000000 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema85.properties.metrics.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema85.properties.metrics.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema85.properties.metrics.additionalProperties.type,parentSchema:schema85.properties.metrics.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
for(const key3 in data17){
if(pattern33.test(key3)){
let data19 = data17[key3];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 1 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/patternProperties/_rate%24/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema85.properties.metrics.patternProperties._rate$,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err52 = {instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/patternProperties/_rate%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema85.properties.metrics.patternProperties._rate$,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/patternProperties/_rate%24/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema85.properties.metrics.patternProperties._rate$.type,parentSchema:schema85.properties.metrics.patternProperties._rate$,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.properties.metrics.type,parentSchema:schema85.properties.metrics,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.spend !== undefined){
let data20 = data.spend;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1000000000000 || isNaN(data20)){
const err55 = {instancePath:instancePath+"/spend",schemaPath:"#/properties/spend/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema85.properties.spend,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err56 = {instancePath:instancePath+"/spend",schemaPath:"#/properties/spend/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema85.properties.spend,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/spend",schemaPath:"#/properties/spend/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema85.properties.spend.type,parentSchema:schema85.properties.spend,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.currency !== undefined){
let data21 = data.currency;
if(typeof data21 === "string"){
if(!pattern7.test(data21)){
const err58 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema85.properties.currency,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.currency.type,parentSchema:schema85.properties.currency,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

export const scenario = validate57;
const schema86 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/scenario.schema.json","title":"Scenario","description":"A simulated market for `loopcast simulate` and `npm run bench:adapt` (docs/scenarios.md): channels with their true response rates, slot and variant effects, events that change them, a simulated reviewer and a budget. Policies see names, never effects.","type":"object","additionalProperties":false,"required":["name","days","channels"],"properties":{"name":{"type":"string","minLength":1,"description":"Name of the scenario, shown in results and in the benchmark's tables."},"description":{"type":"string","description":"What the scenario tests, in a sentence or two (not used by the simulator)."},"days":{"type":"integer","minimum":1,"maximum":3660,"description":"Length of the simulated horizon in days; day 0 is Monday 2027-01-04 (UTC). `--days` overrides it."},"channels":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/channel"},"description":"One simulated workflow per channel, keyed by a lower-case id (letters, digits, dashes)."},"events":{"type":"array","items":{"$ref":"#/definitions/event"},"description":"Changes in the market: from `day` on, a channel's success rate (or only one slot's, or one variant's) is multiplied by `multiply`."},"reviewer":{"type":"object","additionalProperties":false,"description":"The simulated person who reviews every planned item: shares of approve, edit and reject that sum to 1. A rejected item is not sent, costs nothing and earns nothing; an edited one is sent. Default: approve everything.","properties":{"approve":{"type":"number","minimum":0,"maximum":1,"description":"Share of items approved as they are. Default 0 (the three shares must sum to 1)."},"edit":{"type":"number","minimum":0,"maximum":1,"description":"Share of items edited and then sent. Default 0."},"reject":{"type":"number","minimum":0,"maximum":1,"description":"Share of items rejected (not sent). Default 0."}}},"budget":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Spending caps over all channels, in the currency of `costPerItem`. The simulator never blocks a send; what goes over a cap is reported as overspend.","properties":{"weekly":{"type":"number","minimum":0,"description":"Most that may be spent in one ISO week (Monday to Sunday)."},"monthly":{"type":"number","minimum":0,"description":"Most that may be spent in one calendar month."}}}},"definitions":{"effect":{"type":"number","exclusiveMinimum":0,"description":"A multiplicative effect on the success rate, greater than 0: 1.0 is neutral, 1.15 is 15 % better, 0.85 is 15 % worse."},"channel":{"type":"object","additionalProperties":false,"required":["cadence","audience","baseRate"],"description":"One simulated workflow: its rhythm, reach, true success rate and the arms a policy chooses among.","properties":{"cadence":{"oneOf":[{"enum":["daily","weekly"],"description":"A rhythm: daily or weekly."},{"type":"integer","minimum":1,"maximum":21,"description":"Items per week, from 1 to 21."}],"description":"`daily` (one item a day, at one of the time-of-day slots), `weekly` (one item a week, or `frequency` items, at weekday slots) or a number of items per week (at weekday slots)."},"frequency":{"type":"object","additionalProperties":false,"required":["min","max"],"description":"Weekly rhythms only: the number of items per week a policy may choose, from min to max (each on its own slot). Default: 1, or the number the cadence gives.","properties":{"min":{"type":"integer","minimum":1,"maximum":21,"description":"Fewest items in a week."},"max":{"type":"integer","minimum":1,"maximum":21,"description":"Most items in a week; at least min. Each item of a week needs its own slot, so a number above the slots' is lowered to it."}}},"audience":{"type":"integer","minimum":1,"description":"People reached by one item (the trials of its binomial draw)."},"baseRate":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Chance that one person reached is a success (a click, an open…) before slot, variant, fatigue and event effects."},"slots":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/effect"},"description":"Slot label → effect. Weekday labels ('Tue 09:00') for weekly rhythms, time-of-day labels ('12:00') for daily ones, never both. Default, all with effect 1: '09:00' (daily); one slot at 09:00 per item of the busiest week, spread over the week (weekly: 'Mon 09:00' for one item)."},"variants":{"type":"object","additionalProperties":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/effect"},"description":"Variant name → effect."},"description":"Dimensions of message variants (subject, hook, …), each a map of variant name → effect. Every item carries one variant of every dimension."},"fatigue":{"type":"number","minimum":0,"maximum":1,"description":"Share of the rate lost per extra item sent on this channel in the same ISO week: the rate is multiplied by 1 − fatigue × (items that week − 1). Default 0."},"costPerItem":{"type":"number","minimum":0,"description":"What one sent item costs, in the budget's currency. Default 0."},"window":{"type":"integer","minimum":0,"maximum":60,"description":"Days from sending until the item's outcome is observed by the policy (metrics arrive late). Default 2."}}},"event":{"type":"object","additionalProperties":false,"required":["day","channel","multiply"],"not":{"required":["slot","variant"],"description":"an event names a slot or a variant, not both"},"description":"From `day` on, the channel's success rate is multiplied by `multiply`: every item, or only items at `slot`, or only items with `variant`.","properties":{"day":{"type":"integer","minimum":0,"description":"First day the event is in force (day 0 is the first simulated day)."},"channel":{"type":"string","description":"Id of a channel of this scenario."},"multiply":{"$ref":"#/definitions/effect","description":"Factor on the success rate from that day on, greater than 0: 0.6 is a 40 % drop."},"slot":{"type":"string","description":"Only items at this slot of the channel are affected."},"variant":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"},"description":"Only items with this variant are affected: one dimension and one of its variants, e.g. { subject: urgency }."}}}}};
const schema87 = {"type":"object","additionalProperties":false,"required":["cadence","audience","baseRate"],"description":"One simulated workflow: its rhythm, reach, true success rate and the arms a policy chooses among.","properties":{"cadence":{"oneOf":[{"enum":["daily","weekly"],"description":"A rhythm: daily or weekly."},{"type":"integer","minimum":1,"maximum":21,"description":"Items per week, from 1 to 21."}],"description":"`daily` (one item a day, at one of the time-of-day slots), `weekly` (one item a week, or `frequency` items, at weekday slots) or a number of items per week (at weekday slots)."},"frequency":{"type":"object","additionalProperties":false,"required":["min","max"],"description":"Weekly rhythms only: the number of items per week a policy may choose, from min to max (each on its own slot). Default: 1, or the number the cadence gives.","properties":{"min":{"type":"integer","minimum":1,"maximum":21,"description":"Fewest items in a week."},"max":{"type":"integer","minimum":1,"maximum":21,"description":"Most items in a week; at least min. Each item of a week needs its own slot, so a number above the slots' is lowered to it."}}},"audience":{"type":"integer","minimum":1,"description":"People reached by one item (the trials of its binomial draw)."},"baseRate":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Chance that one person reached is a success (a click, an open…) before slot, variant, fatigue and event effects."},"slots":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/effect"},"description":"Slot label → effect. Weekday labels ('Tue 09:00') for weekly rhythms, time-of-day labels ('12:00') for daily ones, never both. Default, all with effect 1: '09:00' (daily); one slot at 09:00 per item of the busiest week, spread over the week (weekly: 'Mon 09:00' for one item)."},"variants":{"type":"object","additionalProperties":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/effect"},"description":"Variant name → effect."},"description":"Dimensions of message variants (subject, hook, …), each a map of variant name → effect. Every item carries one variant of every dimension."},"fatigue":{"type":"number","minimum":0,"maximum":1,"description":"Share of the rate lost per extra item sent on this channel in the same ISO week: the rate is multiplied by 1 − fatigue × (items that week − 1). Default 0."},"costPerItem":{"type":"number","minimum":0,"description":"What one sent item costs, in the budget's currency. Default 0."},"window":{"type":"integer","minimum":0,"maximum":60,"description":"Days from sending until the item's outcome is observed by the policy (metrics arrive late). Default 2."}}};
const schema88 = {"type":"number","exclusiveMinimum":0,"description":"A multiplicative effect on the success rate, greater than 0: 1.0 is neutral, 1.15 is 15 % better, 0.85 is 15 % worse."};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cadence === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cadence"},message:"must have required property '"+"cadence"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.audience === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.baseRate === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseRate"},message:"must have required property '"+"baseRate"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema87.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cadence !== undefined){
let data0 = data.cadence;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!((data0 === "daily") || (data0 === "weekly"))){
const err4 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema87.properties.cadence.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema87.properties.cadence.oneOf[0].enum,parentSchema:schema87.properties.cadence.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.cadence.oneOf[1].type,parentSchema:schema87.properties.cadence.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 21 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema87.properties.cadence.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.cadence.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err8 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema87.properties.cadence.oneOf,parentSchema:schema87.properties.cadence,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.frequency !== undefined){
let data1 = data.frequency;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.min === undefined){
const err9 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema87.properties.frequency.required,parentSchema:schema87.properties.frequency,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.max === undefined){
const err10 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema87.properties.frequency.required,parentSchema:schema87.properties.frequency,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "min") || (key1 === "max"))){
const err11 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.frequency,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.min !== undefined){
let data2 = data1.min;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.frequency.properties.min.type,parentSchema:schema87.properties.frequency.properties.min,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 21 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema87.properties.frequency.properties.min,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.frequency.properties.min,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data1.max !== undefined){
let data3 = data1.max;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.frequency.properties.max.type,parentSchema:schema87.properties.frequency.properties.max,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 21 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema87.properties.frequency.properties.max,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.frequency.properties.max,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.frequency.type,parentSchema:schema87.properties.frequency,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.audience !== undefined){
let data4 = data.audience;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err19 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.audience.type,parentSchema:schema87.properties.audience,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.audience,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.baseRate !== undefined){
let data5 = data.baseRate;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/baseRate",schemaPath:"#/properties/baseRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema87.properties.baseRate,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/baseRate",schemaPath:"#/properties/baseRate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema87.properties.baseRate,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/baseRate",schemaPath:"#/properties/baseRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema87.properties.baseRate.type,parentSchema:schema87.properties.baseRate,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.slots !== undefined){
let data6 = data.slots;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err24 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema87.properties.slots,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data6){
let data7 = data6[key2];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/effect/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema88,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/slots/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/effect/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema88.type,parentSchema:schema88,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.slots.type,parentSchema:schema87.properties.slots,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.variants !== undefined){
let data8 = data.variants;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err28 = {instancePath:instancePath+"/variants/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variants/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema87.properties.variants.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key4 in data9){
let data10 = data9[key4];
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 <= 0 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/variants/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/effect/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema88,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/variants/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/effect/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema88.type,parentSchema:schema88,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/variants/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variants/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.variants.additionalProperties.type,parentSchema:schema87.properties.variants.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/variants",schemaPath:"#/properties/variants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.variants.type,parentSchema:schema87.properties.variants,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.fatigue !== undefined){
let data11 = data.fatigue;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/fatigue",schemaPath:"#/properties/fatigue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema87.properties.fatigue,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/fatigue",schemaPath:"#/properties/fatigue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.fatigue,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/fatigue",schemaPath:"#/properties/fatigue/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema87.properties.fatigue.type,parentSchema:schema87.properties.fatigue,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.costPerItem !== undefined){
let data12 = data.costPerItem;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/costPerItem",schemaPath:"#/properties/costPerItem/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.costPerItem,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/costPerItem",schemaPath:"#/properties/costPerItem/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema87.properties.costPerItem.type,parentSchema:schema87.properties.costPerItem,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.window !== undefined){
let data13 = data.window;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err38 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.window.type,parentSchema:schema87.properties.window,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 60 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema87.properties.window,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.window,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}

const schema90 = {"type":"object","additionalProperties":false,"required":["day","channel","multiply"],"not":{"required":["slot","variant"],"description":"an event names a slot or a variant, not both"},"description":"From `day` on, the channel's success rate is multiplied by `multiply`: every item, or only items at `slot`, or only items with `variant`.","properties":{"day":{"type":"integer","minimum":0,"description":"First day the event is in force (day 0 is the first simulated day)."},"channel":{"type":"string","description":"Id of a channel of this scenario."},"multiply":{"$ref":"#/definitions/effect","description":"Factor on the success rate from that day on, greater than 0: 0.6 is a 40 % drop."},"slot":{"type":"string","description":"Only items at this slot of the channel are affected."},"variant":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"},"description":"Only items with this variant are affected: one dimension and one of its variants, e.g. { subject: urgency }."}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.slot === undefined) && (missing0 = "slot")) || ((data.variant === undefined) && (missing0 = "variant"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema90.not,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.day === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channel === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.multiply === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "multiply"},message:"must have required property '"+"multiply"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "day") || (key0 === "channel")) || (key0 === "multiply")) || (key0 === "slot")) || (key0 === "variant"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.day !== undefined){
let data0 = data.day;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err6 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.day.type,parentSchema:schema90.properties.day,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema90.properties.day,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.channel !== undefined){
let data1 = data.channel;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.channel.type,parentSchema:schema90.properties.channel,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.multiply !== undefined){
let data2 = data.multiply;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/multiply",schemaPath:"#/definitions/effect/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema88,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/multiply",schemaPath:"#/definitions/effect/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema88.type,parentSchema:schema88,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.slot !== undefined){
let data3 = data.slot;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/slot",schemaPath:"#/properties/slot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.slot.type,parentSchema:schema90.properties.slot,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.variant !== undefined){
let data4 = data.variant;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 1){
const err12 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema90.properties.variant,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Object.keys(data4).length < 1){
const err13 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.variant,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
let data5 = data4[key1];
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/variant/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variant/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.variant.additionalProperties.type,parentSchema:schema90.properties.variant.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/variant",schemaPath:"#/properties/variant/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.variant.type,parentSchema:schema90.properties.variant,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.days === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.channels === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "description")) || (key0 === "days")) || (key0 === "channels")) || (key0 === "events")) || (key0 === "reviewer")) || (key0 === "budget"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func5(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema86.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.name.type,parentSchema:schema86.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.description.type,parentSchema:schema86.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.days !== undefined){
let data2 = data.days;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.days.type,parentSchema:schema86.properties.days,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 3660 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3660},message:"must be <= 3660",schema:3660,parentSchema:schema86.properties.days,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema86.properties.days,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.channels !== undefined){
let data3 = data.channels;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err10 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema86.properties.channels,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(validate58(data3[key1], {instancePath:instancePath+"/channels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.channels.type,parentSchema:schema86.properties.channels,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.events !== undefined){
let data5 = data.events;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate60(data5[i0], {instancePath:instancePath+"/events/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.events.type,parentSchema:schema86.properties.events,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.reviewer !== undefined){
let data7 = data.reviewer;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(((key2 === "approve") || (key2 === "edit")) || (key2 === "reject"))){
const err13 = {instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.reviewer,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.approve !== undefined){
let data8 = data7.approve;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err14 = {instancePath:instancePath+"/reviewer/approve",schemaPath:"#/properties/reviewer/properties/approve/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema86.properties.reviewer.properties.approve,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/reviewer/approve",schemaPath:"#/properties/reviewer/properties/approve/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.reviewer.properties.approve,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/reviewer/approve",schemaPath:"#/properties/reviewer/properties/approve/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.reviewer.properties.approve.type,parentSchema:schema86.properties.reviewer.properties.approve,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.edit !== undefined){
let data9 = data7.edit;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/reviewer/edit",schemaPath:"#/properties/reviewer/properties/edit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema86.properties.reviewer.properties.edit,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/reviewer/edit",schemaPath:"#/properties/reviewer/properties/edit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.reviewer.properties.edit,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/reviewer/edit",schemaPath:"#/properties/reviewer/properties/edit/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.reviewer.properties.edit.type,parentSchema:schema86.properties.reviewer.properties.edit,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.reject !== undefined){
let data10 = data7.reject;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/reviewer/reject",schemaPath:"#/properties/reviewer/properties/reject/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema86.properties.reviewer.properties.reject,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/reviewer/reject",schemaPath:"#/properties/reviewer/properties/reject/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.reviewer.properties.reject,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/reviewer/reject",schemaPath:"#/properties/reviewer/properties/reject/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.reviewer.properties.reject.type,parentSchema:schema86.properties.reviewer.properties.reject,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.reviewer.type,parentSchema:schema86.properties.reviewer,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.budget !== undefined){
let data11 = data.budget;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length < 1){
const err24 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema86.properties.budget,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data11){
if(!((key3 === "weekly") || (key3 === "monthly"))){
const err25 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.budget,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data11.weekly !== undefined){
let data12 = data11.weekly;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/budget/weekly",schemaPath:"#/properties/budget/properties/weekly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.budget.properties.weekly,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/budget/weekly",schemaPath:"#/properties/budget/properties/weekly/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.budget.properties.weekly.type,parentSchema:schema86.properties.budget.properties.weekly,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.monthly !== undefined){
let data13 = data11.monthly;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/budget/monthly",schemaPath:"#/properties/budget/properties/monthly/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.budget.properties.monthly,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/budget/monthly",schemaPath:"#/properties/budget/properties/monthly/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.budget.properties.monthly.type,parentSchema:schema86.properties.budget.properties.monthly,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.budget.type,parentSchema:schema86.properties.budget,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}

export const strategy = validate62;
const schema92 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/strategy.schema.json","title":"Strategy","description":"marketing/strategy.yaml: who the business is, what it talks about (pillars), where it publishes (channels) and how content is generated.","type":"object","additionalProperties":false,"required":["version","business","timezone","pillars","channels"],"properties":{"version":{"const":1,"description":"Format version of this file. Write `version: 1`."},"business":{"type":"object","additionalProperties":false,"required":["name","url","description","audience"],"description":"The business the content speaks for.","properties":{"name":{"type":"string","minLength":1,"description":"Brand name as it should be written."},"url":{"type":"string","format":"uri","description":"Home page, e.g. https://example.com."},"description":{"type":"string","minLength":1,"description":"One or two sentences on what the business offers."},"audience":{"type":"string","minLength":1,"description":"Who the content is for."}}},"timezone":{"type":"string","minLength":1,"description":"IANA time zone (e.g. Europe/Berlin) that decides what cadences such as 'Tuesday 09:00' mean."},"baseBranch":{"type":"string","minLength":1,"description":"Branch that holds the approved state. Default: the branch checked out (local) or the repository's default branch (GitHub)."},"pillars":{"type":"array","minItems":1,"description":"Content pillars: the themes the business talks about. Workflows draw from them.","items":{"$ref":"#/definitions/pillar"}},"channels":{"type":"array","minItems":1,"description":"Where items go out. Each channel is configured once here and referenced by id from workflows.","items":{"$ref":"#/definitions/channel"}},"generator":{"$ref":"#/definitions/generator"},"measure":{"type":"object","additionalProperties":false,"description":"Pulling metrics from the channels' own APIs on every run (docs/metrics.md#pulled-from-the-channels).","properties":{"pull":{"type":"boolean","description":"Read published items' numbers from the channels (Mastodon, Bluesky, the blog's analytics) while their benchmark windows are open. Default true; false leaves metrics to exports and pushes."},"requestsPerRun":{"type":"integer","minimum":1,"maximum":1000,"description":"Most requests one run makes to pull metrics, retries included, across all channels. Default 40; items left over wait for the next run, oldest first."}}}},"definitions":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Lower-case letters, digits and dashes, starting with a letter or digit (at most 63 characters)."},"pillar":{"type":"object","additionalProperties":false,"required":["id","name","points"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"type":"string","minLength":1,"description":"Human name of the pillar, used in titles."},"summary":{"type":"string","description":"One sentence that frames the pillar."},"points":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Concrete points the content can make, one sentence each."},"keywords":{"type":"array","items":{"type":"string","minLength":1},"description":"Tags and hashtags for this pillar."}}},"envName":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values."},"channel":{"type":"object","required":["id","type"],"description":"A channel: `type` is one of blog, bluesky, email, instagram, mailchimp, mastodon, webhook.","oneOf":[{"$ref":"#/definitions/blogChannel"},{"$ref":"#/definitions/blueskyChannel"},{"$ref":"#/definitions/emailChannel"},{"$ref":"#/definitions/instagramChannel"},{"$ref":"#/definitions/mailchimpChannel"},{"$ref":"#/definitions/mastodonChannel"},{"$ref":"#/definitions/webhookChannel"}],"discriminator":{"propertyName":"type"}},"channelCommon":{"type":"object","properties":{"id":{"$ref":"#/definitions/id"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."}}},"blogChannel":{"type":"object","additionalProperties":false,"required":["id","type","outputDir","siteUrl"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"blog"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"outputDir":{"type":"string","minLength":1,"description":"Folder of the static site (relative to the repository root) where posts and feeds are written, e.g. site/blog."},"siteUrl":{"type":"string","format":"uri","description":"Public URL of that folder, used for post links and the feed."},"feedTitle":{"type":"string","description":"Title of the RSS/Atom feed. Default: the business name."},"analytics":{"type":"object","additionalProperties":false,"required":["provider","siteId","apiKeyEnv"],"description":"Where the posts' visitors and views are read from on every run (docs/metrics.md#pulled-from-the-channels). Without it, the blog is measured by exports only.","properties":{"provider":{"const":"plausible","description":"The web analytics service: plausible (its Stats API v2)."},"siteId":{"type":"string","minLength":1,"description":"The site's domain as registered in Plausible, e.g. example.com."},"apiKeyEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding a Plausible Stats API key (never the key itself)."},"baseUrl":{"type":"string","format":"uri","description":"Address of a self-hosted Plausible. Default https://plausible.io."}}}}},"blueskyChannel":{"type":"object","additionalProperties":false,"required":["id","type","identifierEnv","passwordEnv"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"bluesky"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":3000,"description":"Longest body the generator may write, in grapheme clusters. Default 300 (one post); a longer item is posted as a thread of posts of at most 300 each."},"serviceUrl":{"type":"string","format":"uri","description":"The account's server (PDS). Default https://bsky.social; a self-hosted PDS gives its own address."},"appViewUrl":{"type":"string","format":"uri","description":"Where the posts' likes, reposts, replies and quotes are read (app.bsky.feed.getPosts, no login). Default https://public.api.bsky.app."},"identifierEnv":{"$ref":"#/definitions/envName","description":"Environment variable holding the account's handle (e.g. bakery.bsky.social) or DID."},"passwordEnv":{"$ref":"#/definitions/envName","description":"Environment variable holding an app password (Settings > Privacy and security > App passwords), never the account's own password."},"linkCard":{"type":"boolean","description":"Attach a link card for the first link in the body (title and description: the item's title and summary). Default true."}}},"emailChannel":{"type":"object","additionalProperties":false,"required":["id","type","from","to","smtp"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"email"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"from":{"type":"string","minLength":3,"description":"Sender, e.g. 'Loopcast <news@loopcast.dev>'."},"to":{"type":"string","minLength":3,"description":"List address the newsletter is sent to (your email service expands it)."},"smtp":{"type":"object","additionalProperties":false,"required":["hostEnv"],"description":"SMTP server, named through environment variables.","properties":{"hostEnv":{"$ref":"#/definitions/envName"},"portEnv":{"$ref":"#/definitions/envName"},"userEnv":{"$ref":"#/definitions/envName"},"passwordEnv":{"$ref":"#/definitions/envName"},"secure":{"type":"boolean","description":"Use TLS from the start (port 465). Default false (STARTTLS when offered)."}}},"listUnsubscribe":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Where a subscriber unsubscribes, sent as the List-Unsubscribe header (RFC 2369), which mail clients show as an Unsubscribe button. With `url`, also List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058): the client POSTs to the URL, which must unsubscribe without asking anything more. Gmail and Yahoo require one-click for bulk senders.","properties":{"mailto":{"type":"string","format":"email","description":"Address that unsubscribes whoever writes to it, e.g. leave-news@example.com (your list service's unsubscribe address)."},"url":{"type":"string","format":"uri","pattern":"^https://","description":"https address that unsubscribes on a POST with the body List-Unsubscribe=One-Click (RFC 8058 allows https only), e.g. your list service's one-click unsubscribe address."}}}}},"instagramChannel":{"type":"object","additionalProperties":false,"required":["id","type","igUserId","tokenEnv","mediaBaseUrl"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"instagram"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":2200,"description":"Longest caption the generator may write, in characters. Default 2200, Instagram's limit."},"igUserId":{"type":"string","pattern":"^[0-9]+$","description":"The Instagram professional account's id in the Graph API (the IG User id, e.g. 17841400000000001), not its @handle."},"tokenEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding an access token with the instagram_basic, instagram_content_publish and instagram_manage_insights permissions (or their instagram_business_* equivalents), e.g. INSTAGRAM_TOKEN."},"mediaBaseUrl":{"type":"string","format":"uri","pattern":"^https://","description":"Public https address where marketing/media/ is served (e.g. https://example.com/media/). Instagram fetches each image itself from this address + its file name, so the files must be online before the item is published."},"graphVersion":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+$","description":"Graph API version, e.g. v23.0. Default v23.0."},"baseUrl":{"type":"string","format":"uri","description":"The Graph API's address. Default https://graph.facebook.com (Instagram API with Facebook Login); https://graph.instagram.com for Instagram Login. Tests point it at a local stand-in."}}},"mailchimpChannel":{"type":"object","additionalProperties":false,"required":["id","type","apiKeyEnv","listId","fromName","replyTo"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"mailchimp"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"apiKeyEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding a Mailchimp API key (Profile > Extras > API keys), e.g. MAILCHIMP_API_KEY. The key's ending (-us21) names its data centre, and so the API's address."},"listId":{"type":"string","pattern":"^[0-9a-zA-Z]+$","description":"The audience's id (Audience > Settings > Audience name and defaults > Audience ID), e.g. a1b2c3d4e5."},"fromName":{"type":"string","minLength":1,"maxLength":100,"description":"Sender name the subscribers see, e.g. Crumb & Co."},"replyTo":{"type":"string","format":"email","description":"From and reply-to address; Mailchimp sends only from an address of a domain verified in the account."},"mediaBaseUrl":{"type":"string","format":"uri","pattern":"^https://","description":"Public https address where marketing/media/ is served (e.g. https://example.com/media/): each image of an item is shown from this address + its file name. Needed only for items with images."},"schedule":{"type":"object","additionalProperties":false,"required":["holdMinutes"],"description":"Schedule campaigns in Mailchimp instead of sending them at once. Without it, a campaign whose slot has come is sent at once, and one whose slot is ahead is scheduled for the slot.","properties":{"holdMinutes":{"type":"integer","minimum":15,"maximum":10080,"description":"Minutes a campaign waits, scheduled in Mailchimp, before it goes out (rounded up to Mailchimp's quarter hour), so a person can open it there and pause or cancel it."}}},"baseUrl":{"type":"string","format":"uri","description":"The API's root, e.g. http://127.0.0.1:8080/3.0 for a local stand-in. Default https://<dc>.api.mailchimp.com/3.0, from the API key's data centre."}}},"mastodonChannel":{"type":"object","additionalProperties":false,"required":["id","type","instanceUrl","tokenEnv"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"mastodon"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":5000,"description":"Longest status, in grapheme clusters (Mastodon's default is 500)."},"instanceUrl":{"type":"string","format":"uri","description":"The Mastodon server, e.g. https://mastodon.social."},"tokenEnv":{"$ref":"#/definitions/envName"},"visibility":{"enum":["public","unlisted","private"],"description":"Visibility of statuses. Default public."}}},"webhookChannel":{"type":"object","additionalProperties":false,"required":["id","type"],"anyOf":[{"required":["url"]},{"required":["urlEnv"]}],"not":{"required":["url","urlEnv"],"description":"has both url and urlEnv; keep one: urlEnv when the address holds a token (a Zapier or Make hook), url for a plain address"},"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"webhook"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"url":{"type":"string","format":"uri","description":"Endpoint that receives a JSON POST per item (with an Idempotency-Key header). Only for an address without a secret in it: `loopcast validate` refuses a URL that carries a token (token=, key=, sig= parameters, a login, or the path of a Zapier, Make, Slack or Discord hook); name an environment variable with urlEnv instead. Exactly one of url and urlEnv."},"urlEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable that holds the hook's URL, e.g. ZAPIER_HOOK_URL: a Zapier or Make hook URL is a secret (whoever has it can post to it). Exactly one of url and urlEnv."},"secretEnv":{"$ref":"#/definitions/envName"},"mediaBaseUrl":{"type":"string","format":"uri","description":"Public address where marketing/media/ is served (e.g. https://example.com/media/): each image in the payload then carries `url` = this address + its file name, which Zapier and Make file fields fetch. Without it, images carry their name, type, size and SHA-256 only."},"inlineMedia":{"type":"boolean","description":"Put each image's bytes in the payload as base64 (`content`), for a receiver that cannot fetch a URL. Default false: payloads grow by a third of the images' size, and many hook services cap a request's size."},"reversible":{"type":"boolean","description":"Whether the receiver can take an item back. Default true."}}},"generator":{"type":"object","additionalProperties":false,"required":["provider"],"description":"How items are written. `template` is the embedded, deterministic default (no network, no key).","properties":{"provider":{"enum":["template","openai"],"description":"template (embedded default) or openai (any OpenAI-compatible API)."},"model":{"type":"string","description":"Model name for openai, e.g. gpt-4o-mini."},"apiKeyEnv":{"$ref":"#/definitions/envName"},"baseUrlEnv":{"$ref":"#/definitions/envName"},"maxTokens":{"type":"integer","minimum":1,"description":"Upper bound on tokens per item, used for budget reservations."}}}}};
const formats52 = formats_fullFormats.uri;
const schema93 = {"type":"object","additionalProperties":false,"required":["id","name","points"],"properties":{"id":{"$ref":"#/definitions/id"},"name":{"type":"string","minLength":1,"description":"Human name of the pillar, used in titles."},"summary":{"type":"string","description":"One sentence that frames the pillar."},"points":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Concrete points the content can make, one sentence each."},"keywords":{"type":"array","items":{"type":"string","minLength":1},"description":"Tags and hashtags for this pillar."}}};
const schema94 = {"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Lower-case letters, digits and dashes, starting with a letter or digit (at most 63 characters)."};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.points === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "summary")) || (key0 === "points")) || (key0 === "keywords"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.name.type,parentSchema:schema93.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.summary.type,parentSchema:schema93.properties.summary,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.points !== undefined){
let data3 = data.points;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema93.properties.points,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err10 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.points.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.points.items.type,parentSchema:schema93.properties.points.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.points.type,parentSchema:schema93.properties.points,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.keywords !== undefined){
let data5 = data.keywords;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func5(data6) < 1){
const err13 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.keywords.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/keywords/" + i1,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.keywords.items.type,parentSchema:schema93.properties.keywords.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.keywords.type,parentSchema:schema93.properties.keywords,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const schema95 = {"type":"object","required":["id","type"],"description":"A channel: `type` is one of blog, bluesky, email, instagram, mailchimp, mastodon, webhook.","oneOf":[{"$ref":"#/definitions/blogChannel"},{"$ref":"#/definitions/blueskyChannel"},{"$ref":"#/definitions/emailChannel"},{"$ref":"#/definitions/instagramChannel"},{"$ref":"#/definitions/mailchimpChannel"},{"$ref":"#/definitions/mastodonChannel"},{"$ref":"#/definitions/webhookChannel"}],"discriminator":{"propertyName":"type"}};
const schema96 = {"type":"object","additionalProperties":false,"required":["id","type","outputDir","siteUrl"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"blog"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"outputDir":{"type":"string","minLength":1,"description":"Folder of the static site (relative to the repository root) where posts and feeds are written, e.g. site/blog."},"siteUrl":{"type":"string","format":"uri","description":"Public URL of that folder, used for post links and the feed."},"feedTitle":{"type":"string","description":"Title of the RSS/Atom feed. Default: the business name."},"analytics":{"type":"object","additionalProperties":false,"required":["provider","siteId","apiKeyEnv"],"description":"Where the posts' visitors and views are read from on every run (docs/metrics.md#pulled-from-the-channels). Without it, the blog is measured by exports only.","properties":{"provider":{"const":"plausible","description":"The web analytics service: plausible (its Stats API v2)."},"siteId":{"type":"string","minLength":1,"description":"The site's domain as registered in Plausible, e.g. example.com."},"apiKeyEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding a Plausible Stats API key (never the key itself)."},"baseUrl":{"type":"string","format":"uri","description":"Address of a self-hosted Plausible. Default https://plausible.io."}}}}};
const schema98 = {"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values."};
const pattern38 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.outputDir === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputDir"},message:"must have required property '"+"outputDir"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.siteUrl === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "siteUrl"},message:"must have required property '"+"siteUrl"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "type")) || (key0 === "name")) || (key0 === "maxLength")) || (key0 === "outputDir")) || (key0 === "siteUrl")) || (key0 === "feedTitle")) || (key0 === "analytics"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("blog" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "blog"},message:"must be equal to constant",schema:"blog",parentSchema:schema96.properties.type,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.name.type,parentSchema:schema96.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema96.properties.maxLength.type,parentSchema:schema96.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema96.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.outputDir !== undefined){
let data4 = data.outputDir;
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err11 = {instancePath:instancePath+"/outputDir",schemaPath:"#/properties/outputDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema96.properties.outputDir,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/outputDir",schemaPath:"#/properties/outputDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.outputDir.type,parentSchema:schema96.properties.outputDir,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.siteUrl !== undefined){
let data5 = data.siteUrl;
if(typeof data5 === "string"){
if(!(formats52(data5))){
const err13 = {instancePath:instancePath+"/siteUrl",schemaPath:"#/properties/siteUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema96.properties.siteUrl,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/siteUrl",schemaPath:"#/properties/siteUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.siteUrl.type,parentSchema:schema96.properties.siteUrl,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.feedTitle !== undefined){
let data6 = data.feedTitle;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/feedTitle",schemaPath:"#/properties/feedTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.feedTitle.type,parentSchema:schema96.properties.feedTitle,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.analytics !== undefined){
let data7 = data.analytics;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.provider === undefined){
const err16 = {instancePath:instancePath+"/analytics",schemaPath:"#/properties/analytics/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema96.properties.analytics.required,parentSchema:schema96.properties.analytics,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.siteId === undefined){
const err17 = {instancePath:instancePath+"/analytics",schemaPath:"#/properties/analytics/required",keyword:"required",params:{missingProperty: "siteId"},message:"must have required property '"+"siteId"+"'",schema:schema96.properties.analytics.required,parentSchema:schema96.properties.analytics,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.apiKeyEnv === undefined){
const err18 = {instancePath:instancePath+"/analytics",schemaPath:"#/properties/analytics/required",keyword:"required",params:{missingProperty: "apiKeyEnv"},message:"must have required property '"+"apiKeyEnv"+"'",schema:schema96.properties.analytics.required,parentSchema:schema96.properties.analytics,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data7){
if(!((((key1 === "provider") || (key1 === "siteId")) || (key1 === "apiKeyEnv")) || (key1 === "baseUrl"))){
const err19 = {instancePath:instancePath+"/analytics",schemaPath:"#/properties/analytics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema96.properties.analytics,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.provider !== undefined){
let data8 = data7.provider;
if("plausible" !== data8){
const err20 = {instancePath:instancePath+"/analytics/provider",schemaPath:"#/properties/analytics/properties/provider/const",keyword:"const",params:{allowedValue: "plausible"},message:"must be equal to constant",schema:"plausible",parentSchema:schema96.properties.analytics.properties.provider,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.siteId !== undefined){
let data9 = data7.siteId;
if(typeof data9 === "string"){
if(func5(data9) < 1){
const err21 = {instancePath:instancePath+"/analytics/siteId",schemaPath:"#/properties/analytics/properties/siteId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema96.properties.analytics.properties.siteId,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/analytics/siteId",schemaPath:"#/properties/analytics/properties/siteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.analytics.properties.siteId.type,parentSchema:schema96.properties.analytics.properties.siteId,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.apiKeyEnv !== undefined){
let data10 = data7.apiKeyEnv;
if(typeof data10 === "string"){
if(!pattern38.test(data10)){
const err23 = {instancePath:instancePath+"/analytics/apiKeyEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/analytics/apiKeyEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.baseUrl !== undefined){
let data11 = data7.baseUrl;
if(typeof data11 === "string"){
if(!(formats52(data11))){
const err25 = {instancePath:instancePath+"/analytics/baseUrl",schemaPath:"#/properties/analytics/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema96.properties.analytics.properties.baseUrl,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/analytics/baseUrl",schemaPath:"#/properties/analytics/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.properties.analytics.properties.baseUrl.type,parentSchema:schema96.properties.analytics.properties.baseUrl,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/analytics",schemaPath:"#/properties/analytics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.properties.analytics.type,parentSchema:schema96.properties.analytics,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.type,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

const schema99 = {"type":"object","additionalProperties":false,"required":["id","type","identifierEnv","passwordEnv"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"bluesky"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":3000,"description":"Longest body the generator may write, in grapheme clusters. Default 300 (one post); a longer item is posted as a thread of posts of at most 300 each."},"serviceUrl":{"type":"string","format":"uri","description":"The account's server (PDS). Default https://bsky.social; a self-hosted PDS gives its own address."},"appViewUrl":{"type":"string","format":"uri","description":"Where the posts' likes, reposts, replies and quotes are read (app.bsky.feed.getPosts, no login). Default https://public.api.bsky.app."},"identifierEnv":{"$ref":"#/definitions/envName","description":"Environment variable holding the account's handle (e.g. bakery.bsky.social) or DID."},"passwordEnv":{"$ref":"#/definitions/envName","description":"Environment variable holding an app password (Settings > Privacy and security > App passwords), never the account's own password."},"linkCard":{"type":"boolean","description":"Attach a link card for the first link in the body (title and description: the item's title and summary). Default true."}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.identifierEnv === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifierEnv"},message:"must have required property '"+"identifierEnv"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.passwordEnv === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "passwordEnv"},message:"must have required property '"+"passwordEnv"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema99.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("bluesky" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "bluesky"},message:"must be equal to constant",schema:"bluesky",parentSchema:schema99.properties.type,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.name.type,parentSchema:schema99.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema99.properties.maxLength.type,parentSchema:schema99.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3000},message:"must be <= 3000",schema:3000,parentSchema:schema99.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema99.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.serviceUrl !== undefined){
let data4 = data.serviceUrl;
if(typeof data4 === "string"){
if(!(formats52(data4))){
const err12 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema99.properties.serviceUrl,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/serviceUrl",schemaPath:"#/properties/serviceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.serviceUrl.type,parentSchema:schema99.properties.serviceUrl,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.appViewUrl !== undefined){
let data5 = data.appViewUrl;
if(typeof data5 === "string"){
if(!(formats52(data5))){
const err14 = {instancePath:instancePath+"/appViewUrl",schemaPath:"#/properties/appViewUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema99.properties.appViewUrl,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/appViewUrl",schemaPath:"#/properties/appViewUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.appViewUrl.type,parentSchema:schema99.properties.appViewUrl,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.identifierEnv !== undefined){
let data6 = data.identifierEnv;
if(typeof data6 === "string"){
if(!pattern38.test(data6)){
const err16 = {instancePath:instancePath+"/identifierEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/identifierEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.passwordEnv !== undefined){
let data7 = data.passwordEnv;
if(typeof data7 === "string"){
if(!pattern38.test(data7)){
const err18 = {instancePath:instancePath+"/passwordEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/passwordEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.linkCard !== undefined){
let data8 = data.linkCard;
if(typeof data8 !== "boolean"){
const err20 = {instancePath:instancePath+"/linkCard",schemaPath:"#/properties/linkCard/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.linkCard.type,parentSchema:schema99.properties.linkCard,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

const schema103 = {"type":"object","additionalProperties":false,"required":["id","type","from","to","smtp"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"email"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"from":{"type":"string","minLength":3,"description":"Sender, e.g. 'Loopcast <news@loopcast.dev>'."},"to":{"type":"string","minLength":3,"description":"List address the newsletter is sent to (your email service expands it)."},"smtp":{"type":"object","additionalProperties":false,"required":["hostEnv"],"description":"SMTP server, named through environment variables.","properties":{"hostEnv":{"$ref":"#/definitions/envName"},"portEnv":{"$ref":"#/definitions/envName"},"userEnv":{"$ref":"#/definitions/envName"},"passwordEnv":{"$ref":"#/definitions/envName"},"secure":{"type":"boolean","description":"Use TLS from the start (port 465). Default false (STARTTLS when offered)."}}},"listUnsubscribe":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Where a subscriber unsubscribes, sent as the List-Unsubscribe header (RFC 2369), which mail clients show as an Unsubscribe button. With `url`, also List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058): the client POSTs to the URL, which must unsubscribe without asking anything more. Gmail and Yahoo require one-click for bulk senders.","properties":{"mailto":{"type":"string","format":"email","description":"Address that unsubscribes whoever writes to it, e.g. leave-news@example.com (your list service's unsubscribe address)."},"url":{"type":"string","format":"uri","pattern":"^https://","description":"https address that unsubscribes on a POST with the body List-Unsubscribe=One-Click (RFC 8058 allows https only), e.g. your list service's one-click unsubscribe address."}}}}};
const pattern47 = new RegExp("^https://", "u");
const formats62 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.from === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.to === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.smtp === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "smtp"},message:"must have required property '"+"smtp"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "type")) || (key0 === "name")) || (key0 === "maxLength")) || (key0 === "from")) || (key0 === "to")) || (key0 === "smtp")) || (key0 === "listUnsubscribe"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("email" !== data1){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "email"},message:"must be equal to constant",schema:"email",parentSchema:schema103.properties.type,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.name.type,parentSchema:schema103.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.maxLength.type,parentSchema:schema103.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.from !== undefined){
let data4 = data.from;
if(typeof data4 === "string"){
if(func5(data4) < 3){
const err12 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema103.properties.from,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.from.type,parentSchema:schema103.properties.from,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.to !== undefined){
let data5 = data.to;
if(typeof data5 === "string"){
if(func5(data5) < 3){
const err14 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema103.properties.to,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.to.type,parentSchema:schema103.properties.to,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.smtp !== undefined){
let data6 = data.smtp;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.hostEnv === undefined){
const err16 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/required",keyword:"required",params:{missingProperty: "hostEnv"},message:"must have required property '"+"hostEnv"+"'",schema:schema103.properties.smtp.required,parentSchema:schema103.properties.smtp,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "hostEnv") || (key1 === "portEnv")) || (key1 === "userEnv")) || (key1 === "passwordEnv")) || (key1 === "secure"))){
const err17 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema103.properties.smtp,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.hostEnv !== undefined){
let data7 = data6.hostEnv;
if(typeof data7 === "string"){
if(!pattern38.test(data7)){
const err18 = {instancePath:instancePath+"/smtp/hostEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/smtp/hostEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.portEnv !== undefined){
let data8 = data6.portEnv;
if(typeof data8 === "string"){
if(!pattern38.test(data8)){
const err20 = {instancePath:instancePath+"/smtp/portEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/smtp/portEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.userEnv !== undefined){
let data9 = data6.userEnv;
if(typeof data9 === "string"){
if(!pattern38.test(data9)){
const err22 = {instancePath:instancePath+"/smtp/userEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/smtp/userEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.passwordEnv !== undefined){
let data10 = data6.passwordEnv;
if(typeof data10 === "string"){
if(!pattern38.test(data10)){
const err24 = {instancePath:instancePath+"/smtp/passwordEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/smtp/passwordEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.secure !== undefined){
let data11 = data6.secure;
if(typeof data11 !== "boolean"){
const err26 = {instancePath:instancePath+"/smtp/secure",schemaPath:"#/properties/smtp/properties/secure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema103.properties.smtp.properties.secure.type,parentSchema:schema103.properties.smtp.properties.secure,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/smtp",schemaPath:"#/properties/smtp/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.properties.smtp.type,parentSchema:schema103.properties.smtp,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.listUnsubscribe !== undefined){
let data12 = data.listUnsubscribe;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
const err28 = {instancePath:instancePath+"/listUnsubscribe",schemaPath:"#/properties/listUnsubscribe/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema103.properties.listUnsubscribe,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data12){
if(!((key2 === "mailto") || (key2 === "url"))){
const err29 = {instancePath:instancePath+"/listUnsubscribe",schemaPath:"#/properties/listUnsubscribe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema103.properties.listUnsubscribe,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.mailto !== undefined){
let data13 = data12.mailto;
if(typeof data13 === "string"){
if(!(formats62.test(data13))){
const err30 = {instancePath:instancePath+"/listUnsubscribe/mailto",schemaPath:"#/properties/listUnsubscribe/properties/mailto/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema103.properties.listUnsubscribe.properties.mailto,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/listUnsubscribe/mailto",schemaPath:"#/properties/listUnsubscribe/properties/mailto/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.listUnsubscribe.properties.mailto.type,parentSchema:schema103.properties.listUnsubscribe.properties.mailto,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.url !== undefined){
let data14 = data12.url;
if(typeof data14 === "string"){
if(!pattern47.test(data14)){
const err32 = {instancePath:instancePath+"/listUnsubscribe/url",schemaPath:"#/properties/listUnsubscribe/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema103.properties.listUnsubscribe.properties.url,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(formats52(data14))){
const err33 = {instancePath:instancePath+"/listUnsubscribe/url",schemaPath:"#/properties/listUnsubscribe/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema103.properties.listUnsubscribe.properties.url,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/listUnsubscribe/url",schemaPath:"#/properties/listUnsubscribe/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.listUnsubscribe.properties.url.type,parentSchema:schema103.properties.listUnsubscribe.properties.url,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/listUnsubscribe",schemaPath:"#/properties/listUnsubscribe/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.properties.listUnsubscribe.type,parentSchema:schema103.properties.listUnsubscribe,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema109 = {"type":"object","additionalProperties":false,"required":["id","type","igUserId","tokenEnv","mediaBaseUrl"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"instagram"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":2200,"description":"Longest caption the generator may write, in characters. Default 2200, Instagram's limit."},"igUserId":{"type":"string","pattern":"^[0-9]+$","description":"The Instagram professional account's id in the Graph API (the IG User id, e.g. 17841400000000001), not its @handle."},"tokenEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding an access token with the instagram_basic, instagram_content_publish and instagram_manage_insights permissions (or their instagram_business_* equivalents), e.g. INSTAGRAM_TOKEN."},"mediaBaseUrl":{"type":"string","format":"uri","pattern":"^https://","description":"Public https address where marketing/media/ is served (e.g. https://example.com/media/). Instagram fetches each image itself from this address + its file name, so the files must be online before the item is published."},"graphVersion":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+$","description":"Graph API version, e.g. v23.0. Default v23.0."},"baseUrl":{"type":"string","format":"uri","description":"The Graph API's address. Default https://graph.facebook.com (Instagram API with Facebook Login); https://graph.instagram.com for Instagram Login. Tests point it at a local stand-in."}}};
const pattern49 = new RegExp("^[0-9]+$", "u");
const pattern52 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.igUserId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "igUserId"},message:"must have required property '"+"igUserId"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tokenEnv === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenEnv"},message:"must have required property '"+"tokenEnv"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.mediaBaseUrl === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaBaseUrl"},message:"must have required property '"+"mediaBaseUrl"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema109.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("instagram" !== data1){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "instagram"},message:"must be equal to constant",schema:"instagram",parentSchema:schema109.properties.type,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.name.type,parentSchema:schema109.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema109.properties.maxLength.type,parentSchema:schema109.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2200 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema109.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema109.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.igUserId !== undefined){
let data4 = data.igUserId;
if(typeof data4 === "string"){
if(!pattern49.test(data4)){
const err13 = {instancePath:instancePath+"/igUserId",schemaPath:"#/properties/igUserId/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema109.properties.igUserId,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/igUserId",schemaPath:"#/properties/igUserId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.igUserId.type,parentSchema:schema109.properties.igUserId,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.tokenEnv !== undefined){
let data5 = data.tokenEnv;
if(typeof data5 === "string"){
if(!pattern38.test(data5)){
const err15 = {instancePath:instancePath+"/tokenEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/tokenEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.mediaBaseUrl !== undefined){
let data6 = data.mediaBaseUrl;
if(typeof data6 === "string"){
if(!pattern47.test(data6)){
const err17 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema109.properties.mediaBaseUrl,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats52(data6))){
const err18 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema109.properties.mediaBaseUrl,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.mediaBaseUrl.type,parentSchema:schema109.properties.mediaBaseUrl,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.graphVersion !== undefined){
let data7 = data.graphVersion;
if(typeof data7 === "string"){
if(!pattern52.test(data7)){
const err20 = {instancePath:instancePath+"/graphVersion",schemaPath:"#/properties/graphVersion/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+$"+"\"",schema:"^v[0-9]+\\.[0-9]+$",parentSchema:schema109.properties.graphVersion,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/graphVersion",schemaPath:"#/properties/graphVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.graphVersion.type,parentSchema:schema109.properties.graphVersion,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data8 = data.baseUrl;
if(typeof data8 === "string"){
if(!(formats52(data8))){
const err22 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema109.properties.baseUrl,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema109.properties.baseUrl.type,parentSchema:schema109.properties.baseUrl,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema109.type,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}

const schema112 = {"type":"object","additionalProperties":false,"required":["id","type","apiKeyEnv","listId","fromName","replyTo"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"mailchimp"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"apiKeyEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable holding a Mailchimp API key (Profile > Extras > API keys), e.g. MAILCHIMP_API_KEY. The key's ending (-us21) names its data centre, and so the API's address."},"listId":{"type":"string","pattern":"^[0-9a-zA-Z]+$","description":"The audience's id (Audience > Settings > Audience name and defaults > Audience ID), e.g. a1b2c3d4e5."},"fromName":{"type":"string","minLength":1,"maxLength":100,"description":"Sender name the subscribers see, e.g. Crumb & Co."},"replyTo":{"type":"string","format":"email","description":"From and reply-to address; Mailchimp sends only from an address of a domain verified in the account."},"mediaBaseUrl":{"type":"string","format":"uri","pattern":"^https://","description":"Public https address where marketing/media/ is served (e.g. https://example.com/media/): each image of an item is shown from this address + its file name. Needed only for items with images."},"schedule":{"type":"object","additionalProperties":false,"required":["holdMinutes"],"description":"Schedule campaigns in Mailchimp instead of sending them at once. Without it, a campaign whose slot has come is sent at once, and one whose slot is ahead is scheduled for the slot.","properties":{"holdMinutes":{"type":"integer","minimum":15,"maximum":10080,"description":"Minutes a campaign waits, scheduled in Mailchimp, before it goes out (rounded up to Mailchimp's quarter hour), so a person can open it there and pause or cancel it."}}},"baseUrl":{"type":"string","format":"uri","description":"The API's root, e.g. http://127.0.0.1:8080/3.0 for a local stand-in. Default https://<dc>.api.mailchimp.com/3.0, from the API key's data centre."}}};
const pattern55 = new RegExp("^[0-9a-zA-Z]+$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.apiKeyEnv === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiKeyEnv"},message:"must have required property '"+"apiKeyEnv"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.listId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "listId"},message:"must have required property '"+"listId"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.fromName === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fromName"},message:"must have required property '"+"fromName"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.replyTo === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replyTo"},message:"must have required property '"+"replyTo"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema112.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("mailchimp" !== data1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mailchimp"},message:"must be equal to constant",schema:"mailchimp",parentSchema:schema112.properties.type,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.name.type,parentSchema:schema112.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema112.properties.maxLength.type,parentSchema:schema112.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema112.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.apiKeyEnv !== undefined){
let data4 = data.apiKeyEnv;
if(typeof data4 === "string"){
if(!pattern38.test(data4)){
const err13 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.listId !== undefined){
let data5 = data.listId;
if(typeof data5 === "string"){
if(!pattern55.test(data5)){
const err15 = {instancePath:instancePath+"/listId",schemaPath:"#/properties/listId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\"",schema:"^[0-9a-zA-Z]+$",parentSchema:schema112.properties.listId,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/listId",schemaPath:"#/properties/listId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.listId.type,parentSchema:schema112.properties.listId,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.fromName !== undefined){
let data6 = data.fromName;
if(typeof data6 === "string"){
if(func5(data6) > 100){
const err17 = {instancePath:instancePath+"/fromName",schemaPath:"#/properties/fromName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema112.properties.fromName,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func5(data6) < 1){
const err18 = {instancePath:instancePath+"/fromName",schemaPath:"#/properties/fromName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema112.properties.fromName,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/fromName",schemaPath:"#/properties/fromName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.fromName.type,parentSchema:schema112.properties.fromName,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.replyTo !== undefined){
let data7 = data.replyTo;
if(typeof data7 === "string"){
if(!(formats62.test(data7))){
const err20 = {instancePath:instancePath+"/replyTo",schemaPath:"#/properties/replyTo/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema112.properties.replyTo,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/replyTo",schemaPath:"#/properties/replyTo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.replyTo.type,parentSchema:schema112.properties.replyTo,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.mediaBaseUrl !== undefined){
let data8 = data.mediaBaseUrl;
if(typeof data8 === "string"){
if(!pattern47.test(data8)){
const err22 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema112.properties.mediaBaseUrl,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats52(data8))){
const err23 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema112.properties.mediaBaseUrl,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.mediaBaseUrl.type,parentSchema:schema112.properties.mediaBaseUrl,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.schedule !== undefined){
let data9 = data.schedule;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.holdMinutes === undefined){
const err25 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/required",keyword:"required",params:{missingProperty: "holdMinutes"},message:"must have required property '"+"holdMinutes"+"'",schema:schema112.properties.schedule.required,parentSchema:schema112.properties.schedule,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data9){
if(!(key1 === "holdMinutes")){
const err26 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema112.properties.schedule,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.holdMinutes !== undefined){
let data10 = data9.holdMinutes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/schedule/holdMinutes",schemaPath:"#/properties/schedule/properties/holdMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema112.properties.schedule.properties.holdMinutes.type,parentSchema:schema112.properties.schedule.properties.holdMinutes,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 10080 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/schedule/holdMinutes",schemaPath:"#/properties/schedule/properties/holdMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080",schema:10080,parentSchema:schema112.properties.schedule.properties.holdMinutes,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10 < 15 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/schedule/holdMinutes",schemaPath:"#/properties/schedule/properties/holdMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 15},message:"must be >= 15",schema:15,parentSchema:schema112.properties.schedule.properties.holdMinutes,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.properties.schedule.type,parentSchema:schema112.properties.schedule,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data11 = data.baseUrl;
if(typeof data11 === "string"){
if(!(formats52(data11))){
const err31 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema112.properties.baseUrl,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.baseUrl.type,parentSchema:schema112.properties.baseUrl,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}

const schema115 = {"type":"object","additionalProperties":false,"required":["id","type","instanceUrl","tokenEnv"],"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"mastodon"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"maximum":5000,"description":"Longest status, in grapheme clusters (Mastodon's default is 500)."},"instanceUrl":{"type":"string","format":"uri","description":"The Mastodon server, e.g. https://mastodon.social."},"tokenEnv":{"$ref":"#/definitions/envName"},"visibility":{"enum":["public","unlisted","private"],"description":"Visibility of statuses. Default public."}}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema115.required,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema115.required,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.instanceUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceUrl"},message:"must have required property '"+"instanceUrl"+"'",schema:schema115.required,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tokenEnv === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenEnv"},message:"must have required property '"+"tokenEnv"+"'",schema:schema115.required,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "type")) || (key0 === "name")) || (key0 === "maxLength")) || (key0 === "instanceUrl")) || (key0 === "tokenEnv")) || (key0 === "visibility"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("mastodon" !== data1){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "mastodon"},message:"must be equal to constant",schema:"mastodon",parentSchema:schema115.properties.type,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema115.properties.name.type,parentSchema:schema115.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema115.properties.maxLength.type,parentSchema:schema115.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 5000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema115.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema115.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.instanceUrl !== undefined){
let data4 = data.instanceUrl;
if(typeof data4 === "string"){
if(!(formats52(data4))){
const err12 = {instancePath:instancePath+"/instanceUrl",schemaPath:"#/properties/instanceUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema115.properties.instanceUrl,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/instanceUrl",schemaPath:"#/properties/instanceUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema115.properties.instanceUrl.type,parentSchema:schema115.properties.instanceUrl,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tokenEnv !== undefined){
let data5 = data.tokenEnv;
if(typeof data5 === "string"){
if(!pattern38.test(data5)){
const err14 = {instancePath:instancePath+"/tokenEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tokenEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.visibility !== undefined){
let data6 = data.visibility;
if(!(((data6 === "public") || (data6 === "unlisted")) || (data6 === "private"))){
const err16 = {instancePath:instancePath+"/visibility",schemaPath:"#/properties/visibility/enum",keyword:"enum",params:{allowedValues: schema115.properties.visibility.enum},message:"must be equal to one of the allowed values",schema:schema115.properties.visibility.enum,parentSchema:schema115.properties.visibility,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema115.type,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}

const schema118 = {"type":"object","additionalProperties":false,"required":["id","type"],"anyOf":[{"required":["url"]},{"required":["urlEnv"]}],"not":{"required":["url","urlEnv"],"description":"has both url and urlEnv; keep one: urlEnv when the address holds a token (a Zapier or Make hook), url for a plain address"},"properties":{"id":{"$ref":"#/definitions/id"},"type":{"const":"webhook"},"name":{"type":"string","description":"Display name."},"maxLength":{"type":"integer","minimum":1,"description":"Longest body the generator may write, in grapheme clusters."},"url":{"type":"string","format":"uri","description":"Endpoint that receives a JSON POST per item (with an Idempotency-Key header). Only for an address without a secret in it: `loopcast validate` refuses a URL that carries a token (token=, key=, sig= parameters, a login, or the path of a Zapier, Make, Slack or Discord hook); name an environment variable with urlEnv instead. Exactly one of url and urlEnv."},"urlEnv":{"$ref":"#/definitions/envName","description":"Name of the environment variable that holds the hook's URL, e.g. ZAPIER_HOOK_URL: a Zapier or Make hook URL is a secret (whoever has it can post to it). Exactly one of url and urlEnv."},"secretEnv":{"$ref":"#/definitions/envName"},"mediaBaseUrl":{"type":"string","format":"uri","description":"Public address where marketing/media/ is served (e.g. https://example.com/media/): each image in the payload then carries `url` = this address + its file name, which Zapier and Make file fields fetch. Without it, images carry their name, type, size and SHA-256 only."},"inlineMedia":{"type":"boolean","description":"Put each image's bytes in the payload as base64 (`content`), for a receiver that cannot fetch a URL. Default false: payloads grow by a third of the images' size, and many hook services cap a request's size."},"reversible":{"type":"boolean","description":"Whether the receiver can take an item back. Default true."}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.url === undefined) && (missing0 = "url")) || ((data.urlEnv === undefined) && (missing0 = "urlEnv"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema118.not,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema118.anyOf[0].required,parentSchema:schema118.anyOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.urlEnv === undefined){
const err3 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "urlEnv"},message:"must have required property '"+"urlEnv"+"'",schema:schema118.anyOf[1].required,parentSchema:schema118.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema118.anyOf,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema118.required,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema118.required,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema118.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if("webhook" !== data1){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "webhook"},message:"must be equal to constant",schema:"webhook",parentSchema:schema118.properties.type,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.properties.name.type,parentSchema:schema118.properties.name,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data3 = data.maxLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema118.properties.maxLength.type,parentSchema:schema118.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema118.properties.maxLength,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.url !== undefined){
let data4 = data.url;
if(typeof data4 === "string"){
if(!(formats52(data4))){
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema118.properties.url,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.properties.url.type,parentSchema:schema118.properties.url,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.urlEnv !== undefined){
let data5 = data.urlEnv;
if(typeof data5 === "string"){
if(!pattern38.test(data5)){
const err16 = {instancePath:instancePath+"/urlEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/urlEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.secretEnv !== undefined){
let data6 = data.secretEnv;
if(typeof data6 === "string"){
if(!pattern38.test(data6)){
const err18 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.mediaBaseUrl !== undefined){
let data7 = data.mediaBaseUrl;
if(typeof data7 === "string"){
if(!(formats52(data7))){
const err20 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema118.properties.mediaBaseUrl,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/mediaBaseUrl",schemaPath:"#/properties/mediaBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.properties.mediaBaseUrl.type,parentSchema:schema118.properties.mediaBaseUrl,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.inlineMedia !== undefined){
let data8 = data.inlineMedia;
if(typeof data8 !== "boolean"){
const err22 = {instancePath:instancePath+"/inlineMedia",schemaPath:"#/properties/inlineMedia/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema118.properties.inlineMedia.type,parentSchema:schema118.properties.inlineMedia,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.reversible !== undefined){
let data9 = data.reversible;
if(typeof data9 !== "boolean"){
const err23 = {instancePath:instancePath+"/reversible",schemaPath:"#/properties/reversible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema118.properties.reversible.type,parentSchema:schema118.properties.reversible,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "blog"){
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
else if(tag0 === "bluesky"){
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
else if(tag0 === "email"){
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
else if(tag0 === "instagram"){
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
else if(tag0 === "mailchimp"){
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
else if(tag0 === "mastodon"){
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else if(tag0 === "webhook"){
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema95.discriminator,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema95.discriminator,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const schema122 = {"type":"object","additionalProperties":false,"required":["provider"],"description":"How items are written. `template` is the embedded, deterministic default (no network, no key).","properties":{"provider":{"enum":["template","openai"],"description":"template (embedded default) or openai (any OpenAI-compatible API)."},"model":{"type":"string","description":"Model name for openai, e.g. gpt-4o-mini."},"apiKeyEnv":{"$ref":"#/definitions/envName"},"baseUrlEnv":{"$ref":"#/definitions/envName"},"maxTokens":{"type":"integer","minimum":1,"description":"Upper bound on tokens per item, used for budget reservations."}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema122.required,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "provider") || (key0 === "model")) || (key0 === "apiKeyEnv")) || (key0 === "baseUrlEnv")) || (key0 === "maxTokens"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(!((data0 === "template") || (data0 === "openai"))){
const err2 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema122.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema122.properties.provider.enum,parentSchema:schema122.properties.provider,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.model !== undefined){
let data1 = data.model;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.model.type,parentSchema:schema122.properties.model,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.apiKeyEnv !== undefined){
let data2 = data.apiKeyEnv;
if(typeof data2 === "string"){
if(!pattern38.test(data2)){
const err4 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/apiKeyEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.baseUrlEnv !== undefined){
let data3 = data.baseUrlEnv;
if(typeof data3 === "string"){
if(!pattern38.test(data3)){
const err6 = {instancePath:instancePath+"/baseUrlEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema98,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/baseUrlEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema98.type,parentSchema:schema98,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.maxTokens !== undefined){
let data4 = data.maxTokens;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/maxTokens",schemaPath:"#/properties/maxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema122.properties.maxTokens.type,parentSchema:schema122.properties.maxTokens,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/maxTokens",schemaPath:"#/properties/maxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema122.properties.maxTokens,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/strategy.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.business === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "business"},message:"must have required property '"+"business"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timezone === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pillars === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pillars"},message:"must have required property '"+"pillars"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channels === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "business")) || (key0 === "timezone")) || (key0 === "baseBranch")) || (key0 === "pillars")) || (key0 === "channels")) || (key0 === "generator")) || (key0 === "measure"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema92.properties.version,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.business !== undefined){
let data1 = data.business;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err7 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema92.properties.business.required,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.url === undefined){
const err8 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema92.properties.business.required,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.description === undefined){
const err9 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema92.properties.business.required,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.audience === undefined){
const err10 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema92.properties.business.required,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "url")) || (key1 === "description")) || (key1 === "audience"))){
const err11 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err12 = {instancePath:instancePath+"/business/name",schemaPath:"#/properties/business/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.business.properties.name,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/business/name",schemaPath:"#/properties/business/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.business.properties.name.type,parentSchema:schema92.properties.business.properties.name,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.url !== undefined){
let data3 = data1.url;
if(typeof data3 === "string"){
if(!(formats52(data3))){
const err14 = {instancePath:instancePath+"/business/url",schemaPath:"#/properties/business/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema92.properties.business.properties.url,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/business/url",schemaPath:"#/properties/business/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.business.properties.url.type,parentSchema:schema92.properties.business.properties.url,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.description !== undefined){
let data4 = data1.description;
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err16 = {instancePath:instancePath+"/business/description",schemaPath:"#/properties/business/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.business.properties.description,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/business/description",schemaPath:"#/properties/business/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.business.properties.description.type,parentSchema:schema92.properties.business.properties.description,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.audience !== undefined){
let data5 = data1.audience;
if(typeof data5 === "string"){
if(func5(data5) < 1){
const err18 = {instancePath:instancePath+"/business/audience",schemaPath:"#/properties/business/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.business.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/business/audience",schemaPath:"#/properties/business/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.business.properties.audience.type,parentSchema:schema92.properties.business.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/business",schemaPath:"#/properties/business/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.properties.business.type,parentSchema:schema92.properties.business,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.timezone !== undefined){
let data6 = data.timezone;
if(typeof data6 === "string"){
if(func5(data6) < 1){
const err21 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.timezone,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.timezone.type,parentSchema:schema92.properties.timezone,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.baseBranch !== undefined){
let data7 = data.baseBranch;
if(typeof data7 === "string"){
if(func5(data7) < 1){
const err23 = {instancePath:instancePath+"/baseBranch",schemaPath:"#/properties/baseBranch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.baseBranch,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/baseBranch",schemaPath:"#/properties/baseBranch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.baseBranch.type,parentSchema:schema92.properties.baseBranch,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.pillars !== undefined){
let data8 = data.pillars;
if(Array.isArray(data8)){
if(data8.length < 1){
const err25 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.properties.pillars,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data8[i0], {instancePath:instancePath+"/pillars/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.pillars.type,parentSchema:schema92.properties.pillars,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.channels !== undefined){
let data10 = data.channels;
if(Array.isArray(data10)){
if(data10.length < 1){
const err27 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.properties.channels,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate65(data10[i1], {instancePath:instancePath+"/channels/" + i1,parentData:data10,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.channels.type,parentSchema:schema92.properties.channels,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.generator !== undefined){
if(!(validate81(data.generator, {instancePath:instancePath+"/generator",parentData:data,parentDataProperty:"generator",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.measure !== undefined){
let data13 = data.measure;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!((key2 === "pull") || (key2 === "requestsPerRun"))){
const err29 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema92.properties.measure,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.pull !== undefined){
let data14 = data13.pull;
if(typeof data14 !== "boolean"){
const err30 = {instancePath:instancePath+"/measure/pull",schemaPath:"#/properties/measure/properties/pull/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema92.properties.measure.properties.pull.type,parentSchema:schema92.properties.measure.properties.pull,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.requestsPerRun !== undefined){
let data15 = data13.requestsPerRun;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/measure/requestsPerRun",schemaPath:"#/properties/measure/properties/requestsPerRun/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema92.properties.measure.properties.requestsPerRun.type,parentSchema:schema92.properties.measure.properties.requestsPerRun,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/measure/requestsPerRun",schemaPath:"#/properties/measure/properties/requestsPerRun/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema92.properties.measure.properties.requestsPerRun,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/measure/requestsPerRun",schemaPath:"#/properties/measure/properties/requestsPerRun/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema92.properties.measure.properties.requestsPerRun,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.properties.measure.type,parentSchema:schema92.properties.measure,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

export const voiceRules = validate23;

export const workflow = validate83;
const schema125 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://loopcast.dev/schemas/workflow.schema.json","title":"Workflow","description":"marketing/workflows/<id>.yaml: one repeatable marketing task (a weekly blog post, a daily social post).","type":"object","additionalProperties":false,"required":["id","name","channel","level","cadence","format","pillars"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Lower-case letters, digits and dashes; the file should be named <id>.yaml."},"name":{"type":"string","minLength":1,"description":"Human name, e.g. 'Weekly blog post'."},"channel":{"type":"string","description":"Id of a channel declared in strategy.yaml."},"level":{"enum":["L0","L1","L2","L3","L4","L5"],"description":"Configured autonomy level: L0 manual, L1 assisted, L2 partial, L3 conditional (every item needs a merge), L4 high (auto-merge after the review window), L5 full. Loosening is a human decision."},"cadence":{"type":"string","minLength":1,"description":"Cron expression (5 fields: minute hour day-of-month month day-of-week) in the strategy's time zone, e.g. '0 9 * * 2' for Tuesdays at 09:00. At most one firing every 30 minutes."},"slots":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^(?:[A-Za-z]{3}\\s+)?([01]?\\d|2[0-3]):[0-5]\\d$","description":"A weekday and a 24-hour time ('Tue 09:00') or a time of day ('12:30')."},"description":"Candidate publishing times the planner chooses among, in the strategy's time zone: a weekday and a time ('Tue 08:00') for a weekly rhythm, or a time of day ('12:30') for a daily one, never both. Weekly: each week's items go to the slots the learner prefers (one item a week, or as many as `frequency` allows). Daily: each day the cadence fires gets one item, at the slot the learner prefers. Without slots the cadence's own times are used. `loopcast validate` refuses a weekday that does not exist, both forms in one list, the same slot written twice ('tue 9:00' and 'Tue 09:00'), time-of-day slots on a cadence that fires more than once a day, and slots that all fall on blackout days of the workflow's channel (for time-of-day slots: every day the cadence fires is one)."},"frequency":{"type":"object","additionalProperties":false,"required":["min","max"],"description":"Items per week the planner may choose among, tuned against saturation on the primary benchmark and always inside the guardrails (items per day, blackouts, budget caps). Needs weekday slots, or a cadence that fires at least `max` times a week (the items then go to evenly spread firings). `loopcast validate` refuses min above max, fewer weekday slots than max, a cadence (without slots) that fires fewer than max times in some week, and frequency with time-of-day slots (a daily rhythm has one item on each day the cadence fires).","properties":{"min":{"type":"integer","minimum":1,"maximum":21,"description":"Fewest items in a week."},"max":{"type":"integer","minimum":1,"maximum":21,"description":"Most items in a week; at least min."}}},"leadTime":{"$ref":"#/definitions/duration","description":"How long before its slot an item is proposed, so a person has time to review it. Default 24h, at most 60d."},"reviewWindow":{"$ref":"#/definitions/duration","description":"At L4: how long a proposal waits for review before it is auto-merged. Default 24h, at most 60d."},"publishWithin":{"$ref":"#/definitions/duration","description":"How late after its slot an item may still be published. An item not out by then (runs stopped, publishing kept failing, it waited for a person) is skipped for good with a publish-failure exception, instead of going out late without a word. Default 72h, at most 60d."},"format":{"enum":["article","email","post"],"description":"Shape of the item: article (blog post with sections), email (newsletter), post (short social status)."},"sensitivity":{"enum":["low","high"],"description":"How much a bad item would hurt (brand-sensitive, legal, budget). Used by `loopcast audit`. Default low."},"pillars":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Ids of the strategy's pillars this workflow draws from."},"campaign":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$","description":"Campaign this workflow belongs to, for per-campaign budget caps."},"costPerItem":{"type":"number","minimum":0,"description":"Paid spend per item (boosts, paid sends) in the guardrails' currency. Default 0. An item with paid spend must carry the disclosures guardrails.yaml asks of paid items (voice.requiredDisclosures with paid: true). `loopcast validate` refuses a costPerItem above a budget cap the workflow's items count against (weekly, monthly, its perWorkflow or its campaign's perCampaign cap), LLM tokens included, since not one item could be planned."},"allowIrreversible":{"type":"boolean","description":"Allow L5 on a channel whose items cannot be taken back (email). Default false."},"templates":{"type":"object","additionalProperties":false,"description":"Variants both generators use: one title (an email's subject), hook and call to action per item, chosen by the learner from the measured results of earlier items (see docs/adapt.md), or drawn at random for a rewrite, and recorded as the item's arms. Placeholders: {pillar}, {point}, {business}, {audience}, {url}.","properties":{"titles":{"$ref":"#/definitions/variants"},"hooks":{"$ref":"#/definitions/variants"},"ctas":{"$ref":"#/definitions/variants"}}},"media":{"type":"object","additionalProperties":false,"required":["pool"],"description":"Photos the drafts of this workflow carry: Loopcast attaches `perItem` of them to every item it writes (template and OpenAI generators alike), choosing the ones this workflow used least recently, so the same photo does not come back every day. Files live in marketing/media/. `loopcast validate` checks that each file exists and fits the workflow's channel (count, size and type per channel kind: docs/media.md). A person may still change an item's images in its proposal.","properties":{"pool":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/image"},"description":"The photos to choose from, in the order to use them first."},"perItem":{"type":"integer","minimum":0,"maximum":20,"description":"Images per item. Default 1; 0 keeps the pool but attaches none. At most the pool's size and the channel kind's maxCount."}}}},"definitions":{"duration":{"type":"string","pattern":"^[1-9][0-9]*(m|h|d)$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 48h."},"variants":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Variants to choose from; each may use the placeholders {pillar}, {point}, {business}, {audience}, {url}."},"image":{"type":"object","additionalProperties":false,"required":["file","alt"],"description":"One image: a file in marketing/media/ and its alt text.","properties":{"file":{"type":"string","minLength":1,"pattern":"^[^/\\\\].*$","description":"Path relative to marketing/media/ with forward slashes, e.g. bakery/croissants.jpg."},"alt":{"type":"string","minLength":1,"description":"What the image shows, for someone who cannot see it (read aloud by screen readers): not the file name, not just 'photo'. At most 1,000 characters; the voice lock checks it like the body."}}}}};
const schema126 = {"type":"string","pattern":"^[1-9][0-9]*(m|h|d)$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 48h."};
const schema129 = {"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Variants to choose from; each may use the placeholders {pillar}, {point}, {business}, {audience}, {url}."};
const schema132 = {"type":"object","additionalProperties":false,"required":["file","alt"],"description":"One image: a file in marketing/media/ and its alt text.","properties":{"file":{"type":"string","minLength":1,"pattern":"^[^/\\\\].*$","description":"Path relative to marketing/media/ with forward slashes, e.g. bakery/croissants.jpg."},"alt":{"type":"string","minLength":1,"description":"What the image shows, for someone who cannot see it (read aloud by screen readers): not the file name, not just 'photo'. At most 1,000 characters; the voice lock checks it like the body."}}};
const pattern65 = new RegExp("^(?:[A-Za-z]{3}\\s+)?([01]?\\d|2[0-3]):[0-5]\\d$", "u");
const pattern70 = new RegExp("^[^/\\\\].*$", "u");

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://loopcast.dev/schemas/workflow.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.channel === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.level === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cadence === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cadence"},message:"must have required property '"+"cadence"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.format === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.pillars === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pillars"},message:"must have required property '"+"pillars"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema125.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema125.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.id.type,parentSchema:schema125.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.name,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.name.type,parentSchema:schema125.properties.name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.channel !== undefined){
let data2 = data.channel;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.channel.type,parentSchema:schema125.properties.channel,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.level !== undefined){
let data3 = data.level;
if(!((((((data3 === "L0") || (data3 === "L1")) || (data3 === "L2")) || (data3 === "L3")) || (data3 === "L4")) || (data3 === "L5"))){
const err13 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema125.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.level.enum,parentSchema:schema125.properties.level,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.cadence !== undefined){
let data4 = data.cadence;
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err14 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.cadence,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.cadence.type,parentSchema:schema125.properties.cadence,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.slots !== undefined){
let data5 = data.slots;
if(Array.isArray(data5)){
if(data5.length < 1){
const err16 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema125.properties.slots,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern65.test(data6)){
const err17 = {instancePath:instancePath+"/slots/" + i0,schemaPath:"#/properties/slots/items/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z]{3}\\s+)?([01]?\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(?:[A-Za-z]{3}\\s+)?([01]?\\d|2[0-3]):[0-5]\\d$"+"\"",schema:"^(?:[A-Za-z]{3}\\s+)?([01]?\\d|2[0-3]):[0-5]\\d$",parentSchema:schema125.properties.slots.items,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/slots/" + i0,schemaPath:"#/properties/slots/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.slots.items.type,parentSchema:schema125.properties.slots.items,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err19 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema125.properties.slots,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err20 = {instancePath:instancePath+"/slots",schemaPath:"#/properties/slots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.slots.type,parentSchema:schema125.properties.slots,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.frequency !== undefined){
let data7 = data.frequency;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.min === undefined){
const err21 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema125.properties.frequency.required,parentSchema:schema125.properties.frequency,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.max === undefined){
const err22 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema125.properties.frequency.required,parentSchema:schema125.properties.frequency,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "min") || (key1 === "max"))){
const err23 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema125.properties.frequency,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.min !== undefined){
let data8 = data7.min;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema125.properties.frequency.properties.min.type,parentSchema:schema125.properties.frequency.properties.min,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 21 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema125.properties.frequency.properties.min,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/frequency/min",schemaPath:"#/properties/frequency/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema125.properties.frequency.properties.min,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data7.max !== undefined){
let data9 = data7.max;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema125.properties.frequency.properties.max.type,parentSchema:schema125.properties.frequency.properties.max,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 21 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema125.properties.frequency.properties.max,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/frequency/max",schemaPath:"#/properties/frequency/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema125.properties.frequency.properties.max,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.properties.frequency.type,parentSchema:schema125.properties.frequency,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.leadTime !== undefined){
let data10 = data.leadTime;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err31 = {instancePath:instancePath+"/leadTime",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(m|h|d)$"+"\"",schema:"^[1-9][0-9]*(m|h|d)$",parentSchema:schema126,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/leadTime",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema126.type,parentSchema:schema126,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.reviewWindow !== undefined){
let data11 = data.reviewWindow;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err33 = {instancePath:instancePath+"/reviewWindow",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(m|h|d)$"+"\"",schema:"^[1-9][0-9]*(m|h|d)$",parentSchema:schema126,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/reviewWindow",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema126.type,parentSchema:schema126,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.publishWithin !== undefined){
let data12 = data.publishWithin;
if(typeof data12 === "string"){
if(!pattern3.test(data12)){
const err35 = {instancePath:instancePath+"/publishWithin",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(m|h|d)$"+"\"",schema:"^[1-9][0-9]*(m|h|d)$",parentSchema:schema126,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/publishWithin",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema126.type,parentSchema:schema126,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.format !== undefined){
let data13 = data.format;
if(!(((data13 === "article") || (data13 === "email")) || (data13 === "post"))){
const err37 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema125.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.format.enum,parentSchema:schema125.properties.format,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.sensitivity !== undefined){
let data14 = data.sensitivity;
if(!((data14 === "low") || (data14 === "high"))){
const err38 = {instancePath:instancePath+"/sensitivity",schemaPath:"#/properties/sensitivity/enum",keyword:"enum",params:{allowedValues: schema125.properties.sensitivity.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.sensitivity.enum,parentSchema:schema125.properties.sensitivity,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.pillars !== undefined){
let data15 = data.pillars;
if(Array.isArray(data15)){
if(data15.length < 1){
const err39 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema125.properties.pillars,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(typeof data16 !== "string"){
const err40 = {instancePath:instancePath+"/pillars/" + i2,schemaPath:"#/properties/pillars/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.pillars.items.type,parentSchema:schema125.properties.pillars.items,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/pillars",schemaPath:"#/properties/pillars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.pillars.type,parentSchema:schema125.properties.pillars,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.campaign !== undefined){
let data17 = data.campaign;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err42 = {instancePath:instancePath+"/campaign",schemaPath:"#/properties/campaign/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,62}$",parentSchema:schema125.properties.campaign,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/campaign",schemaPath:"#/properties/campaign/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.campaign.type,parentSchema:schema125.properties.campaign,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.costPerItem !== undefined){
let data18 = data.costPerItem;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err44 = {instancePath:instancePath+"/costPerItem",schemaPath:"#/properties/costPerItem/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema125.properties.costPerItem,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/costPerItem",schemaPath:"#/properties/costPerItem/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema125.properties.costPerItem.type,parentSchema:schema125.properties.costPerItem,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.allowIrreversible !== undefined){
let data19 = data.allowIrreversible;
if(typeof data19 !== "boolean"){
const err46 = {instancePath:instancePath+"/allowIrreversible",schemaPath:"#/properties/allowIrreversible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema125.properties.allowIrreversible.type,parentSchema:schema125.properties.allowIrreversible,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.templates !== undefined){
let data20 = data.templates;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
if(!(((key2 === "titles") || (key2 === "hooks")) || (key2 === "ctas"))){
const err47 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema125.properties.templates,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data20.titles !== undefined){
let data21 = data20.titles;
if(Array.isArray(data21)){
if(data21.length < 1){
const err48 = {instancePath:instancePath+"/templates/titles",schemaPath:"#/definitions/variants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema129,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len2 = data21.length;
for(let i3=0; i3<len2; i3++){
let data22 = data21[i3];
if(typeof data22 === "string"){
if(func5(data22) < 1){
const err49 = {instancePath:instancePath+"/templates/titles/" + i3,schemaPath:"#/definitions/variants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema129.items,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/templates/titles/" + i3,schemaPath:"#/definitions/variants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.items.type,parentSchema:schema129.items,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/templates/titles",schemaPath:"#/definitions/variants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.type,parentSchema:schema129,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.hooks !== undefined){
let data23 = data20.hooks;
if(Array.isArray(data23)){
if(data23.length < 1){
const err52 = {instancePath:instancePath+"/templates/hooks",schemaPath:"#/definitions/variants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema129,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len3 = data23.length;
for(let i4=0; i4<len3; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(func5(data24) < 1){
const err53 = {instancePath:instancePath+"/templates/hooks/" + i4,schemaPath:"#/definitions/variants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema129.items,data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/templates/hooks/" + i4,schemaPath:"#/definitions/variants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.items.type,parentSchema:schema129.items,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/templates/hooks",schemaPath:"#/definitions/variants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.type,parentSchema:schema129,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data20.ctas !== undefined){
let data25 = data20.ctas;
if(Array.isArray(data25)){
if(data25.length < 1){
const err56 = {instancePath:instancePath+"/templates/ctas",schemaPath:"#/definitions/variants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema129,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len4 = data25.length;
for(let i5=0; i5<len4; i5++){
let data26 = data25[i5];
if(typeof data26 === "string"){
if(func5(data26) < 1){
const err57 = {instancePath:instancePath+"/templates/ctas/" + i5,schemaPath:"#/definitions/variants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema129.items,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/templates/ctas/" + i5,schemaPath:"#/definitions/variants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.items.type,parentSchema:schema129.items,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/templates/ctas",schemaPath:"#/definitions/variants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.type,parentSchema:schema129,data:data25};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.properties.templates.type,parentSchema:schema125.properties.templates,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.media !== undefined){
let data27 = data.media;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.pool === undefined){
const err61 = {instancePath:instancePath+"/media",schemaPath:"#/properties/media/required",keyword:"required",params:{missingProperty: "pool"},message:"must have required property '"+"pool"+"'",schema:schema125.properties.media.required,parentSchema:schema125.properties.media,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key3 in data27){
if(!((key3 === "pool") || (key3 === "perItem"))){
const err62 = {instancePath:instancePath+"/media",schemaPath:"#/properties/media/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema125.properties.media,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data27.pool !== undefined){
let data28 = data27.pool;
if(Array.isArray(data28)){
if(data28.length < 1){
const err63 = {instancePath:instancePath+"/media/pool",schemaPath:"#/properties/media/properties/pool/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema125.properties.media.properties.pool,data:data28};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const len5 = data28.length;
for(let i6=0; i6<len5; i6++){
let data29 = data28[i6];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.file === undefined){
const err64 = {instancePath:instancePath+"/media/pool/" + i6,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema132.required,parentSchema:schema132,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data29.alt === undefined){
const err65 = {instancePath:instancePath+"/media/pool/" + i6,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "alt"},message:"must have required property '"+"alt"+"'",schema:schema132.required,parentSchema:schema132,data:data29};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key4 in data29){
if(!((key4 === "file") || (key4 === "alt"))){
const err66 = {instancePath:instancePath+"/media/pool/" + i6,schemaPath:"#/definitions/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.file !== undefined){
let data30 = data29.file;
if(typeof data30 === "string"){
if(func5(data30) < 1){
const err67 = {instancePath:instancePath+"/media/pool/" + i6+"/file",schemaPath:"#/definitions/image/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.file,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!pattern70.test(data30)){
const err68 = {instancePath:instancePath+"/media/pool/" + i6+"/file",schemaPath:"#/definitions/image/properties/file/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\].*$"},message:"must match pattern \""+"^[^/\\\\].*$"+"\"",schema:"^[^/\\\\].*$",parentSchema:schema132.properties.file,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/media/pool/" + i6+"/file",schemaPath:"#/definitions/image/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.file.type,parentSchema:schema132.properties.file,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.alt !== undefined){
let data31 = data29.alt;
if(typeof data31 === "string"){
if(func5(data31) < 1){
const err70 = {instancePath:instancePath+"/media/pool/" + i6+"/alt",schemaPath:"#/definitions/image/properties/alt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.alt,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/media/pool/" + i6+"/alt",schemaPath:"#/definitions/image/properties/alt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.alt.type,parentSchema:schema132.properties.alt,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/media/pool/" + i6,schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/media/pool",schemaPath:"#/properties/media/properties/pool/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.media.properties.pool.type,parentSchema:schema125.properties.media.properties.pool,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data27.perItem !== undefined){
let data32 = data27.perItem;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err74 = {instancePath:instancePath+"/media/perItem",schemaPath:"#/properties/media/properties/perItem/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema125.properties.media.properties.perItem.type,parentSchema:schema125.properties.media.properties.perItem,data:data32};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 20 || isNaN(data32)){
const err75 = {instancePath:instancePath+"/media/perItem",schemaPath:"#/properties/media/properties/perItem/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema125.properties.media.properties.perItem,data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err76 = {instancePath:instancePath+"/media/perItem",schemaPath:"#/properties/media/properties/perItem/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema125.properties.media.properties.perItem,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/media",schemaPath:"#/properties/media/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.properties.media.type,parentSchema:schema125.properties.media,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}

export const validators = { autonomyEvent, benchmarks, decision, exception, guardrails, ledgerEvent, metricsRow, scenario, strategy, voiceRules, workflow };
